#!/usr/bin/python3
"""End-to-end test of the History tab and Back Up Now, through AT-SPI only.

usage: test-e2e-safety.py CASELOAD CASELOAD_CLI

Makes a small sample district with `caseload-cli sample`, starts the real
`caseload` on it and, through the accessibility tree only: adds a student,
starts a draft IEP, adds a goal (target 95 words correct per minute),
opens the goal again and changes its target to 110, opens the History tab
and finds the change in words ("Goal 1 target: 95 → 110 words correct per
minute"), then chooses Back Up Now in the primary menu. It reads the
SQLite file (read-only) to check the target, and checks that the backup
file appeared in the backups folder and holds the change.

Needs a display and the accessibility bus (build-aux/test.sh): without
them it FAILS, it never skips. The accessibility helpers are those of
tests/e2e/test-e2e.py.
"""

import importlib.machinery
import importlib.util
import os
import sqlite3
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
E2E_PATH = os.path.join(HERE, '..', 'e2e', 'test-e2e.py')
_loader = importlib.machinery.SourceFileLoader('caseload_e2e', E2E_PATH)
_spec = importlib.util.spec_from_loader('caseload_e2e', _loader)
h = importlib.util.module_from_spec(_spec)
_loader.exec_module(h)   # pops G_DEBUG for this process, like test-e2e.py

STUDENT = (('First name', 'Nadia'), ('Last name', 'Haddad'),
           ('Student ID', 'E2E-SAFE-1'), ('Birth date', '2013-05-21'))
UNIT = 'words correct per minute'
GOAL = (('Condition', 'Given a grade-level passage'),
        ('Behavior', 'will read aloud accurately'),
        ('Criterion', 'on 3 of 4 weekly probes'),
        ('Baseline value', '48'),
        ('Baseline date', '2025-09-15'),
        ('Target value', '95'),
        ('Target date', '2026-06-01'),
        ('Unit', UNIT),
        ('Measurement method', 'Oral reading fluency probes'),
        ('Responsible', 'Special-education teacher'))
NEW_TARGET = '110'
HISTORY_LINE = 'Goal 1 target: 95 → 110 %s' % UNIT


def run(caseload, cli, workdir, pyatspi, desktop):
    db = os.path.join(workdir, 'safety.db')
    made = subprocess.run([cli, '--database', db, 'sample', '--students', '5',
                           '--seed', '3'], capture_output=True, text=True,
                          timeout=120)
    if made.returncode != 0:
        h.fail('caseload-cli sample failed (%d): %s'
               % (made.returncode, made.stderr.strip()))
    h.log('sample made in %s' % db)

    app = h.App(caseload, db, workdir)
    try:
        drive(app, db, workdir, pyatspi, desktop)
    except h.Failure as e:
        dump_path = os.environ.get('CASELOAD_E2E_DUMP')
        if dump_path:
            h.dump_tree(h.find_application(desktop, app.proc.pid), dump_path)
        raise h.Failure('%s\n--- caseload output ---\n%s'
                        % (e, app.output())) from None
    finally:
        app.stop()


def drive(app, db, workdir, pyatspi, desktop):
    R = pyatspi
    tree = h.Tree(pyatspi)
    deadline = time.monotonic() + h.WAIT_SECONDS
    acc_app = None
    while acc_app is None:
        app.check_alive()
        acc_app = h.find_application(desktop, app.proc.pid)
        if acc_app is None:
            if time.monotonic() > deadline:
                h.fail('caseload did not appear in the accessibility tree')
            time.sleep(h.POLL_SECONDS)

    def main_window():
        return [w for w in h.toplevels(acc_app) if h.name_of(w) == 'Caseload']

    def dialogs():
        return [w for w in h.toplevels(acc_app)
                if h.name_of(w) not in ('Caseload', None)]

    def everything():
        return h.toplevels(acc_app)

    def wait(role, name, what, where=main_window):
        return tree.wait_for(where, role, name, what, check=app.check_alive)

    h.wait_main_window(acc_app, app, R)
    # The Dashboard is the start page (its "+" is "New task"); Alt+2 is
    # Students, whose "+" the window renames "New student".
    new_button = wait(R.ROLE_PUSH_BUTTON, 'New task',
                      'the header "+" button "New task" of the Dashboard')
    deadline = time.monotonic() + h.WAIT_SECONDS
    while not h.names_match(new_button.name, 'New student'):
        app.check_alive()
        if time.monotonic() > deadline:
            h.fail('Alt+2 did not open the Students page: the header "+" '
                   'button is named %r' % new_button.name)
        h.press_alt(2)
        # The name follows the page; pressing again only after a while.
        limit = time.monotonic() + 3.0
        while (time.monotonic() < limit
               and not h.names_match(new_button.name, 'New student')):
            app.check_alive()
            time.sleep(h.POLL_SECONDS)

    # A new student: adding opens the student's page.
    h.do_action(new_button)
    for label, text in STUDENT:
        h.set_text(wait(R.ROLE_TEXT, label, '"%s" in the student dialog'
                        % label, where=dialogs), text)
    add = wait(R.ROLE_PUSH_BUTTON, 'Add Student', '"Add Student"',
               where=dialogs)
    h.wait_sensitive(add, pyatspi, app, '"Add Student"')
    h.do_action(add)
    h.wait_gone(tree, dialogs, R.ROLE_PUSH_BUTTON, 'Add Student', app,
                'the student dialog to close')
    h.log('student added')

    # The IEP tab and a draft (pressed until the draft is in the file: a
    # button activated through AT-SPI clicks only once it is realized).
    tabs = (R.ROLE_PAGE_TAB, R.ROLE_TOGGLE_BUTTON, R.ROLE_RADIO_BUTTON)
    found = tree.wait_for_many(
        main_window,
        {'iep tab': (tabs, 'IEP'),
         'history tab': (tabs, 'History'),
         'start': ((R.ROLE_PUSH_BUTTON,), 'Start a Draft IEP')},
        ['iep tab', 'history tab', 'start'],
        'the IEP and History tabs and "Start a Draft IEP"',
        check=app.check_alive)
    iep_page = ancestor_named(found['start'], 'CaseloadIepPage')

    def editor():
        return [iep_page] if iep_page is not None else main_window()

    h.do_action(found['iep tab'])
    h.wait_sensitive(found['start'], pyatspi, app, '"Start a Draft IEP"')
    deadline = time.monotonic() + h.WAIT_SECONDS
    while query_one(db, "SELECT COUNT(*) FROM iep AS i JOIN student AS s "
                        "ON s.id = i.student_id WHERE s.student_number = ? "
                        "AND i.status = 'draft'", (STUDENT[2][1],)) == 0:
        app.check_alive()
        if time.monotonic() > deadline:
            h.fail('no draft IEP %d s after "Start a Draft IEP"'
                   % h.WAIT_SECONDS)
        try:
            if found['start'].getState().contains(R.STATE_SENSITIVE):
                h.do_action(found['start'])
        except h.Failure:
            raise
        except Exception:
            pass
        time.sleep(1.0)
    h.log('draft started')

    # A goal with its target.
    add_goal = tree.wait_for(editor, R.ROLE_PUSH_BUTTON, 'Add Goal',
                             'the "Add Goal" button', check=app.check_alive)
    h.wait_sensitive(add_goal, pyatspi, app, '"Add Goal"')
    h.do_action(add_goal)
    wanted = {label: ((R.ROLE_TEXT,), label) for label, _ in GOAL}
    wanted['save'] = ((R.ROLE_PUSH_BUTTON,), 'Add Goal')
    fields = tree.wait_for_many(dialogs, wanted, list(wanted),
                                'the goal dialog', check=app.check_alive)
    for label, text in GOAL:
        h.set_text(fields[label], text)
    h.wait_sensitive(fields['save'], pyatspi, app, '"Add Goal" in the dialog')
    h.do_action(fields['save'])
    h.wait_gone(tree, dialogs, R.ROLE_TEXT, 'Measurement method', app,
                'the goal dialog to close')
    wait_target(db, app, 95.0)
    h.log('goal added with target 95')

    # The same goal again: its row opens it; the target becomes 110.
    rows = []
    deadline = time.monotonic() + h.WAIT_SECONDS
    while not rows:
        app.check_alive()
        rows = [acc for acc, role, name in tree.walk(editor()[0])
                if name.startswith('Goal 1 · ')]
        if not rows and time.monotonic() > deadline:
            h.fail('no row "Goal 1 · …" on the IEP page')
        time.sleep(h.POLL_SECONDS)
    # A click while the page still scrolls can miss: try a few times.
    fields = None
    for attempt in range(4):
        open_row(rows[0], R)
        try:
            fields = tree.wait_for_many(
                dialogs, {'target': ((R.ROLE_TEXT,), 'Target value'),
                          'save': ((R.ROLE_PUSH_BUTTON,), 'Save Goal')},
                ['target', 'save'], 'the goal dialog opened from its row',
                timeout=10 if attempt < 3 else h.WAIT_SECONDS,
                check=app.check_alive)
            break
        except h.Failure:
            if attempt == 3:
                raise
            h.log('the goal dialog did not open; clicking again')
    h.set_text(fields['target'], NEW_TARGET)
    h.wait_sensitive(fields['save'], pyatspi, app, '"Save Goal"')
    h.do_action(fields['save'])
    h.wait_gone(tree, dialogs, R.ROLE_PUSH_BUTTON, 'Save Goal', app,
                'the goal dialog to close after "Save Goal"')
    wait_target(db, app, 110.0)
    h.log('target changed to 110')

    # The History tab says so in words.
    h.do_action(found['history tab'])
    deadline = time.monotonic() + h.WAIT_SECONDS
    while True:
        app.check_alive()
        seen = [(acc.getRoleName(), name) for root in main_window()
                for acc, role, name in tree.walk(root)
                if h.names_match(name, HISTORY_LINE)]
        if seen:
            break
        if time.monotonic() > deadline:
            h.fail('the History tab does not show %r' % HISTORY_LINE)
        time.sleep(h.POLL_SECONDS)
    h.log('History shows: %s' % HISTORY_LINE)

    # Back Up Now, from the primary menu.
    # F10 opens it (the window's documented shortcut); the menu button
    # itself offers no AT-SPI action in GTK 4.8.
    from gi.repository import Atspi
    find_menu_button(tree, main_window, R, app)
    Atspi.generate_keyboard_event(0xffc7, None, Atspi.KeySynthType.SYM)   # F10
    item = tree.wait_for_many(
        everything, {'item': ((R.ROLE_MENU_ITEM, R.ROLE_PUSH_BUTTON,
                               R.ROLE_CHECK_MENU_ITEM), 'Back Up Now')},
        ['item'], 'the "Back Up Now" menu item',
        check=app.check_alive)['item']
    press(item, R)
    backups = os.path.join(workdir, 'data', 'caseload', 'backups')
    backup = wait_backup(backups, app)
    h.log('backup written: %s' % os.path.basename(backup))
    target = query_one(backup,
                       "SELECT g.target_value FROM goal AS g JOIN iep AS i "
                       "ON i.id = g.iep_id JOIN student AS s "
                       "ON s.id = i.student_id WHERE s.student_number = ?",
                       (STUDENT[2][1],))
    if target != 110.0:
        h.fail('the backup holds target %r, expected 110' % (target,))

    if tree.unnamed:
        h.fail('push buttons or text fields without an accessible name:\n  '
               + '\n  '.join('%s: %s' % (role, path)
                             for path, role in sorted(tree.unnamed.items())))


def open_row(row, R, screen_height=800):
    """Activates a list row as a pointer user does: scrolls it into view
    with the mouse wheel, then clicks its title (GTK 4.8 gives list rows
    neither an AT-SPI action nor grabFocus). The window sits at the
    screen's origin under Xvfb without a window manager, so its
    coordinates are the screen's."""
    from gi.repository import Atspi
    for _ in range(80):
        try:
            extents = row.queryComponent().getExtents(R.WINDOW_COORDS)
        except NotImplementedError:
            h.fail('the row %r has no extents' % row.name)
        if extents.width <= 0 or extents.height <= 0:
            h.fail('the row %r is not shown (%r)' % (row.name, extents))
        y = extents.y + extents.height // 2
        x = extents.x + min(60, extents.width // 4)
        if 160 < y < screen_height - 140:
            h.log('clicking the row %r at %d,%d' % (row.name, x, y))
            Atspi.generate_mouse_event(x, y, 'b1c')
            return
        # Wheel over the row's column: button 5 scrolls down, 4 up.
        Atspi.generate_mouse_event(x, screen_height // 2,
                                   'b5c' if y >= screen_height - 140 else 'b4c')
        time.sleep(0.25)
    h.fail('could not scroll the row %r into view' % row.name)


def press(acc, R):
    """Its AT-SPI action when it has one, else a click on its middle."""
    from gi.repository import Atspi
    try:
        action = acc.queryAction()
        if action.nActions > 0:
            h.do_action(acc, ('click', 'activate', 'press'))
            return
    except NotImplementedError:
        pass
    extents = acc.queryComponent().getExtents(R.WINDOW_COORDS)
    Atspi.generate_mouse_event(extents.x + extents.width // 2,
                               extents.y + extents.height // 2, 'b1c')


def find_menu_button(tree, main_window, R, app):
    found = tree.wait_for_many(
        main_window,
        {'menu': ((R.ROLE_TOGGLE_BUTTON, R.ROLE_PUSH_BUTTON), 'Main menu')},
        ['menu'], 'the "Main menu" button', check=app.check_alive)
    return found['menu']


def ancestor_named(acc, name):
    node = acc
    for _ in range(60):
        try:
            node = node.parent
            if node is None:
                return None
            if node.name == name:
                return node
        except Exception:
            return None
    return None


def query_one(db, sql, args=()):
    conn = sqlite3.connect('file:%s?mode=ro' % db, uri=True, timeout=5)
    try:
        row = conn.execute(sql, args).fetchone()
        return row[0] if row is not None else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def wait_target(db, app, value):
    deadline = time.monotonic() + h.WAIT_SECONDS
    sql = ("SELECT g.target_value FROM goal AS g JOIN iep AS i "
           "ON i.id = g.iep_id JOIN student AS s ON s.id = i.student_id "
           "WHERE s.student_number = ?")
    while query_one(db, sql, (STUDENT[2][1],)) != value:
        app.check_alive()
        if time.monotonic() > deadline:
            h.fail('the goal target is %r in the file, expected %r'
                   % (query_one(db, sql, (STUDENT[2][1],)), value))
        time.sleep(h.POLL_SECONDS)


def wait_backup(folder, app):
    deadline = time.monotonic() + h.WAIT_SECONDS
    while True:
        app.check_alive()
        try:
            names = [n for n in os.listdir(folder) if n.endswith('-manual.db')]
        except OSError:
            names = []
        if names:
            return os.path.join(folder, sorted(names)[-1])
        if time.monotonic() > deadline:
            h.fail('no "-manual.db" backup in %s %d s after Back Up Now'
                   % (folder, h.WAIT_SECONDS))
        time.sleep(h.POLL_SECONDS)


def main():
    return h.script_main('usage: test-e2e-safety.py CASELOAD CASELOAD_CLI',
                         'caseload-e2e-safety-', run)


if __name__ == '__main__':
    sys.exit(main())
