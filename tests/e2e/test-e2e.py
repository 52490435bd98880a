#!/usr/bin/python3
"""End-to-end test: the real `caseload`, driven only through AT-SPI.

usage: test-e2e.py CASELOAD CASELOAD_CLI

Creates a fresh database with `caseload-cli init`, starts `caseload
--database` on it, then, only through the accessibility tree: adds a team
member on the Team page, adds a student on the Students page, adds the team
member to the student's team and makes them the case manager. It then reads
the SQLite file (read-only) to check that the student, the staff member and
a case-manager team assignment joining them are there, and that every push
button and text field met on the way had an accessible name.

Needs a display (Xvfb) and the accessibility bus (build-aux/test.sh sets
both up). Without them it FAILS: a test that cannot run is not a pass.
"""

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

# The app runs with the test environment as given (G_DEBUG=fatal-criticals:
# a critical in Caseload is a failure). This script itself must not die on
# a critical inside the AT-SPI client library: that would abort before it
# can explain what went wrong, so it drops the flag for its own process
# before GLib loads.
APP_ENV = dict(os.environ)
os.environ.pop('G_DEBUG', None)

# Waits poll: quickly at first, so that a fast machine is not held up,
# with a generous upper bound, so that a loaded one does not fail.
WAIT_SECONDS = 60       # for any one thing to show up in the tree
POLL_SECONDS = 0.05     # the first pause between two looks
POLL_SECONDS_MAX = 0.4  # the longest pause between two looks

# Two team members: with no case manager yet, the first (a case manager by
# staff role) may become the student's case manager as soon as they join;
# "Make <name> case manager" then hands the role to the second.
STAFF = (('Dana', 'Whitfield', 'dana.whitfield@example.org'),
         ('Samuel', 'Ortiz', 'samuel.ortiz@example.org'))
STUDENT_FIRST = 'Mateo'
STUDENT_LAST = 'Alvarez'
STUDENT_NUMBER = 'E2E-0042'
STUDENT_BIRTH = '2014-09-03'

# Alt+digit of each sidebar page (Dashboard 1, Students 2, Team 3, Meetings 4,
# Deadlines 5, Reports 6, My Students 7).
SIDEBAR = {'Dashboard': 1, 'Students': 2, 'Team': 3, 'Deadlines': 5}
MOD1_MASK = 1 << 3      # X11's Mod1, Alt


class Failure(Exception):
    pass


class Terminated(BaseException):
    """SIGTERM/SIGHUP: not an Exception, so that no `except Exception`
    around an AT-SPI call can swallow it."""


def fail(message):
    raise Failure(message)


STARTED = time.monotonic()


def log(message):
    print('e2e [%5.1f s]: %s' % (time.monotonic() - STARTED, message),
          flush=True)


# ---- accessibility helpers --------------------------------------------------

class Tree:
    """Walks the accessible tree of one application, remembering every
    push button and text field it meets, so that unnamed ones can be
    reported at the end."""

    def __init__(self, pyatspi):
        self.pyatspi = pyatspi
        self.named_roles = {
            pyatspi.ROLE_PUSH_BUTTON: 'push button',
            pyatspi.ROLE_TEXT: 'text',
            pyatspi.ROLE_ENTRY: 'entry',
            pyatspi.ROLE_PASSWORD_TEXT: 'password text',
        }
        self.unnamed = {}     # path -> role
        self.met = set()      # paths of the named-role accessibles met

    @staticmethod
    def _label(role, name):
        # The role's name from the local AT-SPI library, not asked of the
        # application: every question to GTK 4.8 is a D-Bus round trip.
        try:
            from gi.repository import Atspi
            role_name = Atspi.role_get_name(role)
        except Exception:
            role_name = str(role)
        return '%s %r' % (role_name, name)

    def _path(self, acc):
        parts = []
        node = acc
        for _ in range(40):
            if node is None:
                break
            try:
                parts.append(self._label(node.getRole(), node.name))
                node = node.parent
            except Exception:
                break
        return ' < '.join(parts)

    def walk(self, root):
        """Yields (accessible, role, name) depth first. GTK 4.8 does not
        set the SHOWING state, so pages hidden in a GtkStack are walked
        too: their controls must be named as well. The path of each node
        (its key in met/unnamed) is built on the way down; only the root's
        ancestors are asked for, once per walk."""
        stack = [(root, None)]
        while stack:
            acc, parent_path = stack.pop()
            try:
                role = acc.getRole()
                name = acc.name or ''
                count = acc.childCount
            except Exception:
                continue   # went away while walking
            if parent_path is None:
                path = self._path(acc)
            else:
                path = self._label(role, name) + ' < ' + parent_path
            if role in self.named_roles:
                self.met.add(path)
                if not is_real_name(name) and not is_toast_close(parent_path):
                    self.unnamed.setdefault(path, self.named_roles[role])
            yield acc, role, name
            children = []
            for i in range(count):
                try:
                    child = acc.getChildAtIndex(i)
                except Exception:
                    child = None
                if child is not None:
                    children.append((child, path))
            stack.extend(reversed(children))

    def survey(self, roots):
        """Walks @roots whole, so that every push button and text field
        under them is checked for a name (see unnamed)."""
        for root in roots:
            for _ in self.walk(root):
                pass

    def find_all(self, root, role, name=None):
        found = []
        for acc, r, n in self.walk(root):
            if r == role and (name is None or names_match(n, name)):
                found.append(acc)
        return found

    def find_first(self, roots, role, name):
        """The first accessible of @role named @name under @roots, or None;
        stops walking as soon as it is found."""
        for root in roots:
            for acc, r, n in self.walk(root):
                if r == role and names_match(n, name):
                    return acc
        return None

    def find_many(self, roots, wanted, whole=True):
        """One walk over @roots for several targets; @wanted maps a key to
        (roles, name). Returns key -> first accessible found. Unless
        @whole, the walk stops once every key is found (the result is the
        same; only fewer controls are checked for names on the way)."""
        found = {}
        for root in roots:
            for acc, r, n in self.walk(root):
                for key, (roles, name) in wanted.items():
                    if key not in found and r in roles and names_match(n, name):
                        found[key] = acc
                if not whole and len(found) == len(wanted):
                    return found
        return found

    def wait_for(self, roots_fn, role, name, what, timeout=WAIT_SECONDS,
                 check=None, whole=True):
        """Polls until an accessible of @role named @name shows up under one
        of roots_fn(); fails with @what in the message otherwise."""
        return self.wait_for_many(roots_fn, {'it': ((role,), name)}, ['it'],
                                  what, timeout, check, whole)['it']

    def wait_for_many(self, roots_fn, wanted, required, what,
                      timeout=WAIT_SECONDS, check=None, whole=True):
        """Polls (one walk per round) until every key in @required of
        @wanted is found; optional keys are returned when seen. The first
        rounds come quickly, then further apart (up to POLL_SECONDS_MAX):
        a round is a walk over D-Bus, which loads the application too."""
        deadline = time.monotonic() + timeout
        pause = POLL_SECONDS
        while True:
            if check is not None:
                check()
            found = self.find_many(roots_fn(), wanted, whole)
            if all(key in found for key in required):
                return found
            if time.monotonic() > deadline:
                missing = ['%s named %r' % (key, wanted[key][1])
                           for key in required if key not in found]
                fail('timed out after %d s waiting for %s (missing: %s)'
                     % (timeout, what, ', '.join(missing)))
            time.sleep(pause)
            pause = min(pause * 2, POLL_SECONDS_MAX)


def is_toast_close(parent_path):
    """libadwaita 1.2 draws an AdwToast's close button itself and gives it
    no accessible name ("GtkImage"), and AdwToast has no API to name it.
    It is the one control of a library's own that we cannot name, so the
    name check skips it (only it: a button of ours inside a toast, the
    Undo or Open Folder button, is a GtkButton with a label)."""
    return parent_path is not None and parent_path.startswith("filler 'AdwToastWidget'")


def is_real_name(name):
    """GTK 4.8 names a control it knows no name for after its class
    ("GtkImage", "GtkMenuButton", "AdwGizmo"): that is no name at all."""
    name = (name or '').strip()
    if not name:
        return False
    return re.fullmatch(r'(Gtk|Adw|Caseload)[A-Z][A-Za-z]*', name) is None


def names_match(actual, wanted):
    """GTK 4.8 joins an explicit accessible label and the labelled-by
    relation ("First name First name" for an AdwEntryRow given both), so a
    name matches when it is @wanted or @wanted repeated."""
    actual = ' '.join((actual or '').split())
    return actual == wanted or actual == wanted + ' ' + wanted


def do_action(acc, preferred=('click', 'activate', 'press')):
    try:
        action = acc.queryAction()
    except NotImplementedError:
        fail('%s %r has no actions' % (acc.getRoleName(), acc.name))
    names = [action.getName(i) for i in range(action.nActions)]
    for wanted in preferred:
        if wanted in names:
            action.doAction(names.index(wanted))
            return
    if names:
        action.doAction(0)
        return
    fail('%s %r has no actions' % (acc.getRoleName(), acc.name))


def press_alt(digit):
    """Alt+@digit through AT-SPI: Alt is locked as a modifier (no keycode
    needed, so it works with any keymap) around the digit's keysym."""
    from gi.repository import Atspi
    Atspi.generate_keyboard_event(MOD1_MASK, None,
                                  Atspi.KeySynthType.LOCKMODIFIERS)
    try:
        Atspi.generate_keyboard_event(ord(str(digit)), None,
                                      Atspi.KeySynthType.SYM)
    finally:
        Atspi.generate_keyboard_event(MOD1_MASK, None,
                                      Atspi.KeySynthType.UNLOCKMODIFIERS)


def set_text(acc, text):
    try:
        editable = acc.queryEditableText()
    except NotImplementedError:
        fail('%s %r is not editable text' % (acc.getRoleName(), acc.name))
    if not editable.setTextContents(text):
        fail('could not type into %r' % acc.name)


# ---- the test ---------------------------------------------------------------

class App:
    def __init__(self, caseload, db, workdir):
        env = dict(APP_ENV)
        env['GTK_A11Y'] = 'atspi'
        env['ADW_DISABLE_PORTAL'] = '1'
        env['GDK_BACKEND'] = 'x11'
        env.setdefault('GSETTINGS_BACKEND', 'memory')
        env['XDG_DATA_HOME'] = os.path.join(workdir, 'data')
        env['XDG_CONFIG_HOME'] = os.path.join(workdir, 'config')
        env['XDG_CACHE_HOME'] = os.path.join(workdir, 'cache')
        env['XDG_STATE_HOME'] = os.path.join(workdir, 'state')
        self.log_path = os.path.join(workdir, 'caseload.log')
        self.log_file = open(self.log_path, 'w')
        self.proc = subprocess.Popen([caseload, '--database', db], env=env,
                                     stdout=self.log_file,
                                     stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL,
                                     start_new_session=True)

    def check_alive(self):
        code = self.proc.poll()
        if code is not None:
            fail('caseload exited early with status %d' % code)

    def output(self):
        self.log_file.flush()
        try:
            with open(self.log_path, errors='replace') as f:
                return f.read()[-4000:]
        except OSError:
            return ''

    def stop(self):
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait(timeout=5)
        self.log_file.close()


def dump_tree(root, path):
    """Writes the accessible tree (role, name, child count) to @path, for
    debugging a failure (set CASELOAD_E2E_DUMP=/some/file)."""
    if root is None:
        return
    with open(path, 'w') as out:
        stack = [(root, 0)]
        while stack:
            acc, depth = stack.pop()
            try:
                out.write('%s[%s] %r\n' % ('  ' * depth, acc.getRoleName(),
                                           acc.name))
                children = [acc.getChildAtIndex(i)
                            for i in range(acc.childCount)]
            except Exception:
                continue
            stack.extend((c, depth + 1) for c in reversed(children)
                         if c is not None)


def check_environment():
    if not os.environ.get('DISPLAY'):
        fail('no DISPLAY: the end-to-end test needs an X server '
             '(run it through build-aux/test.sh, which starts Xvfb)')
    if not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
        fail('no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set; '
             'run it through build-aux/test.sh)')
    try:
        reply = subprocess.run(
            ['dbus-send', '--session', '--print-reply', '--dest=org.a11y.Bus',
             '/org/a11y/bus', 'org.a11y.Bus.GetAddress'],
            capture_output=True, text=True, timeout=15)
    except (OSError, subprocess.TimeoutExpired) as e:
        fail('could not ask for the accessibility bus: %s' % e)
    if reply.returncode != 0 or 'unix:' not in reply.stdout:
        fail('no accessibility bus (org.a11y.Bus did not answer: %s); start '
             'at-spi-bus-launcher as build-aux/test.sh does'
             % (reply.stderr.strip() or reply.stdout.strip()))

    try:
        import gi
        gi.require_version('Atspi', '2.0')
        from gi.repository import Atspi
        import pyatspi
    except (ImportError, ValueError) as e:
        fail('pyatspi is missing (Debian package python3-pyatspi): %s' % e)

    Atspi.set_timeout(5000, 15000)
    desktop = pyatspi.Registry.getDesktop(0)
    try:
        desktop.childCount
    except Exception as e:
        fail('pyatspi cannot reach the accessibility desktop: %s' % e)
    if desktop is None:
        fail('pyatspi found no accessibility desktop')
    return pyatspi, desktop


def find_application(desktop, pid):
    for i in range(desktop.childCount):
        try:
            app = desktop.getChildAtIndex(i)
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def name_of(acc):
    """An accessible's name, or None when the object is already gone (a
    dialog that closed while we were looking at it)."""
    try:
        return acc.name
    except Exception:
        return None


def check_no_hidden_toplevel(accessible_app, app, when):
    """GTK 4.8's AT-SPI root answers GetChildAtIndex for the index just past
    its visible windows with its last toplevel even when that one is
    hidden, and a hidden window has no object path: the application then
    aborts on "g_variant_is_object_path: assertion 'string != NULL'".
    A screen reader asks that whenever a dialog closes between its
    ChildCount and GetChildAtIndex; asking on purpose makes the race
    certain. The application must survive it, i.e. keep no hidden window
    alive (Caseload builds its windows when they open)."""
    try:
        accessible_app.getChildAtIndex(accessible_app.childCount)
    except Exception:
        pass
    try:
        accessible_app.childCount    # a round trip: still answering?
    except Exception:
        try:
            app.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
    if app.proc.poll() is not None:
        fail('caseload died (status %d) when asked, %s, for the window just '
             'past its visible ones: a hidden window is kept alive'
             % (app.proc.returncode, when))


def wait_main_window(accessible_app, app, pyatspi, name='Caseload'):
    """Waits for the frame named @name among the application's windows.
    It looks at the windows only: walking the whole application for it
    would walk the whole window on every look (seconds over D-Bus); the
    callers walk the window whole afterwards anyway."""
    deadline = time.monotonic() + WAIT_SECONDS
    pause = POLL_SECONDS
    while True:
        app.check_alive()
        for window in toplevels(accessible_app):
            try:
                if (window.getRole() == pyatspi.ROLE_FRAME
                        and names_match(window.name, name)):
                    return window
            except Exception:
                pass   # went away while looking
        if time.monotonic() > deadline:
            fail('timed out after %d s waiting for the main window "%s"'
                 % (WAIT_SECONDS, name))
        time.sleep(pause)
        pause = min(pause * 2, POLL_SECONDS_MAX)


def toplevels(app):
    result = []
    try:
        for i in range(app.childCount):
            child = app.getChildAtIndex(i)
            if child is not None:
                result.append(child)
    except Exception:
        pass
    return result


def run(caseload, cli, workdir, pyatspi, desktop):
    db = os.path.join(workdir, 'e2e.db')

    init = subprocess.run([cli, '--database', db, 'init'],
                          capture_output=True, text=True, timeout=30)
    if init.returncode != 0:
        fail('caseload-cli init failed (%d): %s'
             % (init.returncode, init.stderr.strip()))
    log('created %s (%s)' % (db, init.stdout.strip()))

    app = App(caseload, db, workdir)
    try:
        drive(app, db, pyatspi, desktop)
    except Failure as e:
        dump_path = os.environ.get('CASELOAD_E2E_DUMP')
        if dump_path:
            dump_tree(find_application(desktop, app.proc.pid), dump_path)
        out = app.output()
        raise Failure('%s\n--- caseload output ---\n%s' % (e, out)) from None
    finally:
        app.stop()
        log('caseload stopped')


def drive(app, db, pyatspi, desktop):
    tree = Tree(pyatspi)
    R = pyatspi

    # -- the application and its window --
    deadline = time.monotonic() + WAIT_SECONDS
    accessible_app = None
    while accessible_app is None:
        app.check_alive()
        accessible_app = find_application(desktop, app.proc.pid)
        if accessible_app is None:
            if time.monotonic() > deadline:
                fail('caseload (pid %d) did not appear in the accessibility '
                     'tree within %d s' % (app.proc.pid, WAIT_SECONDS))
            time.sleep(POLL_SECONDS)

    def roots():
        return toplevels(accessible_app)

    def main_window():
        return [w for w in roots() if name_of(w) == 'Caseload']

    def dialogs():
        return [w for w in roots() if name_of(w) not in ('Caseload', None)]

    def wait(role, name, what, where=main_window, timeout=WAIT_SECONDS):
        # Stops walking at the target: the places whose every control
        # must be named are walked whole once (tree.survey) instead.
        return tree.wait_for(where, role, name, what, timeout=timeout,
                             check=app.check_alive, whole=False)

    wait_main_window(accessible_app, app, R)
    log('window found')

    # Walking the whole window costs seconds over D-Bus (GTK 4.8 has no
    # AT-SPI cache), so find the header "+" button and the sidebar once and
    # keep them: the window relabels the one "+" button per page.
    anchors = tree.wait_for_many(
        main_window,
        # The Dashboard is the start page: its "+" is "New task".
        {'the header "+" button': ((R.ROLE_PUSH_BUTTON,), 'New task'),
         'the sidebar list': ((R.ROLE_LIST,), 'Pages'),
         # GTK names an unlabelled widget after its type: when the student
         # page can be found that way, later searches walk only it.
         'the student page': ((R.ROLE_FILLER, R.ROLE_PANEL),
                              'CaseloadStudentPage')},
        ['the header "+" button', 'the sidebar list'],
        'the header "+" button and the sidebar', check=app.check_alive)
    check_no_hidden_toplevel(accessible_app, app, 'at the start')
    new_button = anchors['the header "+" button']
    sidebar_list = anchors['the sidebar list']

    def student_page():
        if 'the student page' in anchors:
            return [anchors['the student page']]
        return main_window()

    def wait_new_button(expected, timeout):
        deadline = time.monotonic() + timeout
        pause = POLL_SECONDS
        while True:
            app.check_alive()
            if names_match(new_button.name, expected):
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(pause)
            pause = min(pause * 2, POLL_SECONDS_MAX)

    def sidebar(name, expected):
        """Goes to a sidebar page: selects its row through the list's
        AT-SPI Selection (what a screen reader does); if the window does
        not follow the selection, uses the page's documented shortcut
        (Alt+1..7) through AT-SPI's keyboard synthesis. Either way the
        header "+" button must then be named @expected."""
        rows = tree.find_all(sidebar_list, R.ROLE_LIST_ITEM, name)
        if not rows:
            fail('no sidebar row "%s"' % name)
        select_row(rows[0])
        if wait_new_button(expected, 1.5):
            return
        log('NOTE: selecting the sidebar row "%s" through AT-SPI did not '
            'switch the page; using its Alt+%d shortcut'
            % (name, SIDEBAR[name]))
        press_alt(SIDEBAR[name])
        if not wait_new_button(expected, WAIT_SECONDS):
            fail('the %s page did not open: the header "+" button is named '
                 '%r, not %r' % (name, new_button.name, expected))

    def fill_dialog(fields, button, what):
        """Fills a dialog's text fields, presses its suggested button and
        waits for the dialog to close."""
        for label, text in fields:
            field = wait(R.ROLE_TEXT, label, '"%s" in %s' % (label, what),
                         where=dialogs)
            set_text(field, text)
        add = wait(R.ROLE_PUSH_BUTTON, button,
                   'the button "%s" in %s' % (button, what), where=dialogs)
        tree.survey(dialogs())   # every control of the open dialog named
        wait_sensitive(add, pyatspi, app, '"%s" after filling %s'
                       % (button, what))
        do_action(add)
        wait_gone(tree, dialogs, R.ROLE_PUSH_BUTTON, button, app,
                  '%s to close after "%s"' % (what, button))
        check_no_hidden_toplevel(accessible_app, app,
                                 'after %s closed' % what)

    # -- two team members, on the Team page --
    sidebar('Team', 'New team member')
    for first, last, email in STAFF:
        do_action(new_button)
        fill_dialog((('First name', first), ('Last name', last),
                     ('E-mail', email)),
                    'Add Team Member', 'the staff dialog')
        log('team member %s %s added' % (first, last))

    # -- a student, on the Students page --
    sidebar('Students', 'New student')
    do_action(new_button)
    fill_dialog((('First name', STUDENT_FIRST), ('Last name', STUDENT_LAST),
                 ('Student ID', STUDENT_NUMBER),
                 ('Birth date', STUDENT_BIRTH)),
                'Add Student', 'the student dialog')
    log('student added')

    # -- the team, on the student's page (opened after adding) --
    # The window may still be swapping in the new student's page when the
    # dialog closes, so a button found too early can belong to a page that
    # is going away: each try finds the button afresh.
    student_name = '%s %s' % (STUDENT_FIRST, STUDENT_LAST)
    page_targets = {
        'button': ((R.ROLE_PUSH_BUTTON,), 'Add Team Member'),
        'tab': ((R.ROLE_PAGE_TAB, R.ROLE_TOGGLE_BUTTON, R.ROLE_RADIO_BUTTON),
                'Team'),
        'name': ((R.ROLE_LABEL,), student_name),
    }

    def find_add_member():
        # Ready when the page shows the student's name (its header); if
        # it never does in this form, go on with the button alone.
        try:
            page = tree.wait_for_many(
                student_page, page_targets, ['button', 'name'],
                'the page of %s' % student_name, timeout=10,
                check=app.check_alive)
        except Failure:
            page = tree.wait_for_many(
                student_page, page_targets, ['button'],
                'the student page button "Add Team Member"',
                check=app.check_alive)
        if 'tab' in page:   # the Team section behind a view switcher
            do_action(page['tab'])
            # A button pressed while its section is still being switched
            # in can lose the press (GtkButton's activation is deferred).
            time.sleep(0.5)
        wait_sensitive(page['button'], pyatspi, app, '"Add Team Member"')
        return page['button']

    for first, last, _ in STAFF:
        full_name = '%s %s' % (first, last)
        deadline = time.monotonic() + WAIT_SECONDS
        staff_row = None
        while staff_row is None:
            do_action(find_add_member())
            try:
                staff_row = wait(R.ROLE_LIST_ITEM, full_name,
                                 'the row "%s" in the team member dialog'
                                 % full_name, where=dialogs, timeout=8)
            except Failure:
                if time.monotonic() > deadline:
                    raise
                log('NOTE: no team member dialog yet; pressing '
                    '"Add Team Member" again')
        tree.survey(dialogs())   # every control of the open dialog named
        buttons = tree.find_all(staff_row, R.ROLE_PUSH_BUTTON)
        if buttons:
            do_action(buttons[0])
        else:
            select_row(staff_row)
        wait_gone(tree, dialogs, R.ROLE_LIST_ITEM, full_name, app,
                  'the team member dialog to close after choosing %s'
                  % full_name)
        check_no_hidden_toplevel(accessible_app, app,
                                 'after the team member dialog closed')
        log('%s added to the team' % full_name)

    # The first one may have become case manager on the way in (a
    # case-manager joining a team without one); the button makes the
    # second one the case manager.
    first, last, _ = STAFF[-1]
    make_cm = 'Make %s %s case manager' % (first, last)
    button = wait(R.ROLE_PUSH_BUTTON, make_cm,
                  'the button "%s" on the student page' % make_cm,
                  where=student_page)
    wait_sensitive(button, pyatspi, app, '"%s"' % make_cm)
    do_action(button)
    log('case manager chosen')

    check_database(db, app)
    tree.survey(student_page())   # the student page, its team complete
    check_no_hidden_toplevel(accessible_app, app, 'at the end')

    # The window was walked whole at the start, dialogs while open and the
    # student page after its team was complete: tree.unnamed covers them.
    if tree.unnamed:
        fail('push buttons or text fields without an accessible name:\n  '
             + '\n  '.join('%s: %s' % (role, path)
                           for path, role in sorted(tree.unnamed.items())))
    log('%d push buttons and text fields met, all named' % len(tree.met))


def select_row(row):
    """Selects a list row: through its own action when it offers one,
    else through its list's AT-SPI Selection interface."""
    try:
        action = row.queryAction()
        if action.nActions > 0:
            do_action(row)
            return
    except NotImplementedError:
        pass
    parent = row.parent
    try:
        selection = parent.querySelection()
    except NotImplementedError:
        fail('cannot select %r: neither it nor its list offers an action '
             'or a selection' % row.name)
    if not selection.selectChild(row.getIndexInParent()):
        fail('selecting %r failed' % row.name)


def wait_sensitive(acc, pyatspi, app, what):
    deadline = time.monotonic() + WAIT_SECONDS
    pause = POLL_SECONDS
    while True:
        app.check_alive()
        try:
            if acc.getState().contains(pyatspi.STATE_SENSITIVE):
                return
        except Exception:
            pass
        if time.monotonic() > deadline:
            fail('%s stayed insensitive for %d s' % (what, WAIT_SECONDS))
        time.sleep(pause)
        pause = min(pause * 2, POLL_SECONDS_MAX)


def wait_gone(tree, roots_fn, role, name, app, what):
    deadline = time.monotonic() + WAIT_SECONDS
    pause = POLL_SECONDS
    while True:
        app.check_alive()
        if tree.find_first(roots_fn(), role, name) is None:
            return
        if time.monotonic() > deadline:
            fail('timed out after %d s waiting for %s' % (WAIT_SECONDS, what))
        time.sleep(pause)
        pause = min(pause * 2, POLL_SECONDS_MAX)


def check_database(db, app):
    """Reads the file the app wrote (read-only); retries briefly, since the
    click above returns before the app has written."""
    deadline = time.monotonic() + WAIT_SECONDS
    problem = None
    while time.monotonic() < deadline:
        app.check_alive()
        problem = database_problem(db)
        if problem is None:
            log('database checked: student, staff and case manager present')
            return
        time.sleep(POLL_SECONDS)
    fail('database check failed: %s' % problem)


def database_problem(db):
    conn = sqlite3.connect('file:%s?mode=ro' % db, uri=True, timeout=5)
    try:
        student = conn.execute(
            'SELECT id, first_name, last_name, birth_date FROM student '
            'WHERE student_number = ?', (STUDENT_NUMBER,)).fetchall()
        if len(student) != 1:
            return 'expected one student %s, found %d' % (STUDENT_NUMBER,
                                                          len(student))
        student_id, first, last, birth = student[0]
        if (first, last, birth) != (STUDENT_FIRST, STUDENT_LAST,
                                    STUDENT_BIRTH):
            return 'student saved as %r' % ((first, last, birth),)

        staff_ids = []
        for first, last, email in STAFF:
            staff = conn.execute(
                'SELECT id, email, active FROM staff '
                'WHERE first_name = ? AND last_name = ?',
                (first, last)).fetchall()
            if len(staff) != 1:
                return 'expected one staff member %s %s, found %d' % (
                    first, last, len(staff))
            staff_id, saved_email, active = staff[0]
            if saved_email != email or active != 1:
                return 'staff %s %s saved as %r' % (first, last,
                                                    (saved_email, active))
            staff_ids.append(staff_id)

        team = conn.execute(
            'SELECT DISTINCT staff_id FROM team_assignment '
            'WHERE student_id = ? ORDER BY staff_id',
            (student_id,)).fetchall()
        if sorted(staff_ids) != [row[0] for row in team]:
            return ('expected staff %r on the team of student %d, found %r'
                    % (staff_ids, student_id, team))

        managers = conn.execute(
            'SELECT a.staff_id FROM team_assignment AS a '
            'JOIN staff AS s ON s.id = a.staff_id '
            'JOIN student AS t ON t.id = a.student_id '
            'WHERE t.student_number = ? AND a.is_case_manager = 1',
            (STUDENT_NUMBER,)).fetchall()
        first, last, _ = STAFF[-1]
        if managers != [(staff_ids[-1],)]:
            return ('expected %s %s (staff %d) as the one case manager of '
                    'student %d, found %r' % (first, last, staff_ids[-1],
                                              student_id, managers))
        return None
    except sqlite3.Error as e:
        return 'SQLite: %s' % e
    finally:
        conn.close()


def on_terminate(signum, frame):
    # meson's timeout sends SIGTERM: turn it into a failure so that the
    # `finally` blocks stop caseload (it runs in its own session and would
    # outlive this script otherwise).
    raise Terminated(signum)


def script_main(usage, prefix, run_fn):
    """The main() of every end-to-end script: two arguments (the program
    to drive and caseload-cli), a scratch folder, the environment check,
    and failures and timeouts turned into exit status 1."""
    signal.signal(signal.SIGTERM, on_terminate)
    signal.signal(signal.SIGHUP, on_terminate)
    if len(sys.argv) != 3:
        print(usage, file=sys.stderr)
        return 2
    program, cli = (os.path.abspath(p) for p in sys.argv[1:])
    workdir = tempfile.mkdtemp(prefix=prefix)
    start = time.monotonic()
    try:
        pyatspi, desktop = check_environment()
        run_fn(program, cli, workdir, pyatspi, desktop)
    except Failure as e:
        print('FAIL: %s' % e, file=sys.stderr)
        return 1
    except Terminated as e:
        print('FAIL: terminated by signal %d (the test timed out?)' % e.args[0],
              file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    log('passed in %.1f s' % (time.monotonic() - start))
    return 0


def main():
    return script_main(__doc__.strip().splitlines()[2], 'caseload-e2e-', run)


if __name__ == '__main__':
    sys.exit(main())
