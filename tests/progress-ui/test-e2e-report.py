#!/usr/bin/python3
"""End-to-end test of the progress report editor through AT-SPI only.

usage: test-e2e-report.py STUDENT_PAGE_WINDOW CASELOAD_CLI

Makes a sample district with `caseload-cli sample`, picks a student whose
IEP in effect has goals and an unlocked, unsent report for reporting
period 1, and starts student-page-window (CaseloadStudentPage for that
student) on it. Through the accessibility tree only, it presses the
"Progress" tab, chooses period 1, and for every goal chooses a progress
code, says whether progress is sufficient (the last goal "No", with the
reason), and types a narrative; then presses "Lock Report". It reads the
SQLite file (read-only) to check every entry and the lock.

GTK 4.8 gives an AdwComboRow no AT-SPI action, so a choice is made the
way a person with a pointer and keys makes it: the row is scrolled into
view and clicked where the tree says it is, and its popover is moved
through with the arrow keys (events synthesized through AT-SPI).

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

CODE_NAME = 'Sufficient progress'
LAST_CODE_NAME = 'Insufficient progress'
REASON = 'e2e: absent for three weeks in October'


class PageApp(h.App):
    """h.App, but the student page window."""

    def __init__(self, program, db, workdir, student_id):
        env = dict(h.APP_ENV)
        env['GTK_A11Y'] = 'atspi'
        env['ADW_DISABLE_PORTAL'] = '1'
        env['GDK_BACKEND'] = 'x11'
        env.setdefault('GSETTINGS_BACKEND', 'memory')
        env['XDG_DATA_HOME'] = os.path.join(workdir, 'data')
        env['XDG_CONFIG_HOME'] = os.path.join(workdir, 'config')
        env['XDG_CACHE_HOME'] = os.path.join(workdir, 'cache')
        env['XDG_STATE_HOME'] = os.path.join(workdir, 'state')
        self.log_path = os.path.join(workdir, 'page.log')
        self.log_file = open(self.log_path, 'w')
        self.proc = subprocess.Popen(
            [program, '--database', db, '--student', str(student_id)], env=env,
            stdout=self.log_file, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True)


def query(db, sql, args=()):
    conn = sqlite3.connect('file:%s?mode=ro' % db, uri=True, timeout=5)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


CURRENT_IEP = ('(SELECT i.id FROM iep i WHERE i.student_id = s.id AND '
               "i.status = 'finalized' ORDER BY i.start_date DESC, i.id DESC LIMIT 1)")


def pick_student(db):
    """A student whose IEP in effect has 2 to 6 goals and an open period 1."""
    rows = query(db,
                 'SELECT s.id, ' + CURRENT_IEP + ' AS iep_id FROM student s '
                 "WHERE s.status = 'active' ORDER BY s.id")
    for student_id, iep_id in rows:
        if iep_id is None:
            continue
        goals = query(db, 'SELECT COUNT(*) FROM goal WHERE iep_id = ?', (iep_id,))[0][0]
        period = query(db, 'SELECT 1 FROM iep_reporting_period WHERE iep_id = ? AND number = 1',
                       (iep_id,))
        report = query(db, 'SELECT locked, sent_date FROM progress_report '
                           'WHERE iep_id = ? AND period_number = 1', (iep_id,))
        if 2 <= goals <= 6 and period and (not report or (report[0][0] == 0 and report[0][1] is None)):
            return student_id, iep_id, goals
    h.fail('the sample has no student with an open report for period 1')


def run(program, cli, workdir, pyatspi, desktop):
    db = os.path.join(workdir, 'report.db')
    made = subprocess.run([cli, '--database', db, 'sample', '--students', '8',
                           '--seed', '3'], capture_output=True, text=True,
                          timeout=120)
    if made.returncode != 0:
        h.fail('caseload-cli sample failed (%d): %s'
               % (made.returncode, made.stderr.strip()))
    student_id, iep_id, n_goals = pick_student(db)
    h.log('sample made in %s; student %d, IEP %d, %d goals'
          % (db, student_id, iep_id, n_goals))

    app = PageApp(program, db, workdir, student_id)
    try:
        drive(app, db, iep_id, n_goals, pyatspi, desktop)
    except h.Failure as e:
        dump_path = os.environ.get('CASELOAD_E2E_DUMP')
        if dump_path:
            h.dump_tree(h.find_application(desktop, app.proc.pid), dump_path)
        raise h.Failure('%s\n--- output ---\n%s' % (e, app.output())) from None
    finally:
        app.stop()


def drive(app, db, iep_id, n_goals, pyatspi, desktop):
    R = pyatspi
    tree = h.Tree(pyatspi)
    deadline = time.monotonic() + h.WAIT_SECONDS
    acc_app = None
    while acc_app is None:
        app.check_alive()
        acc_app = h.find_application(desktop, app.proc.pid)
        if acc_app is None:
            if time.monotonic() > deadline:
                h.fail('the student window did not appear in the accessibility tree')
            time.sleep(h.POLL_SECONDS)

    def window():
        return [w for w in h.toplevels(acc_app) if h.name_of(w) == 'Caseload']

    found = tree.wait_for_many(
        window, {'tab': ((R.ROLE_PAGE_TAB, R.ROLE_TOGGLE_BUTTON, R.ROLE_RADIO_BUTTON), 'Progress')},
        ['tab'], 'the Progress tab', check=app.check_alive)
    h.do_action(found['tab'])

    view = None
    deadline = time.monotonic() + h.WAIT_SECONDS
    while view is None:
        app.check_alive()
        for w in window():
            view = find_view_in(w)
        if view is None:
            if time.monotonic() > deadline:
                h.fail('the Progress tab\'s report editor did not appear')
            time.sleep(h.POLL_SECONDS)
    frame = window()[0]
    controls = collect(tree, view)
    h.log('Progress tab shown: %d controls' % len(controls))

    def control(role, label):
        acc = controls.get((role, label))
        if acc is None:
            h.fail('no %s named %r on the Progress tab' % (role, label))
        return acc

    ui = Ui(R, tree, frame, view, app)
    ui.choose(control(R.ROLE_COMBO_BOX, 'Reporting period'), 'Period 1 ', prefix=True)
    wait_db(app, lambda: report_id(db, iep_id) is not None, 'the report of period 1 in the file')
    h.log('period 1 chosen')

    for goal in range(1, n_goals + 1):
        last = goal == n_goals
        ui.choose(control(R.ROLE_COMBO_BOX, 'Progress code, goal %d' % goal),
                  LAST_CODE_NAME if last else CODE_NAME)
        wait_db(app, lambda: coded(db, iep_id) >= goal,
                'the code of goal %d in the file' % goal)
        ui.choose(control(R.ROLE_COMBO_BOX, 'Progress sufficient, goal %d' % goal),
                  'No' if last else 'Yes')
        if last:
            # shown once "No" is chosen
            reason = wait_prefix(tree, view, R.ROLE_TEXT,
                                 'Why progress is not sufficient, goal %d' % goal, app)
            h.set_text(reason, REASON)
        h.set_text(control(R.ROLE_TEXT, 'Narrative, goal %d' % goal),
                   'e2e narrative for goal %d' % goal)
        h.log('goal %d filled' % goal)

    wait_db(app, lambda: coded(db, iep_id) == n_goals,
            'every goal coded in the file')
    lock = tree.wait_for(lambda: [view], R.ROLE_PUSH_BUTTON, 'Lock Report',
                         '"Lock Report"', check=app.check_alive)
    h.wait_sensitive(lock, pyatspi, app, '"Lock Report" (the report complete)')
    h.do_action(lock)
    wait_db(app, lambda: locked(db, iep_id), 'the report locked in the file')
    check_database(db, iep_id, n_goals)

    if tree.unnamed:
        h.fail('push buttons or text fields without an accessible name:\n  '
               + '\n  '.join('%s: %s' % (role, path)
                             for path, role in sorted(tree.unnamed.items())))


class Ui:
    """Choices in AdwComboRows: GTK 4.8 gives a combo row no action, so it
    is scrolled into view (mouse wheel) and clicked at its place in the
    accessibility tree, and the item chosen through its list's AT-SPI
    item clicked where the tree puts it."""

    def __init__(self, R, tree, frame, view, app):
        self.R = R
        self.tree = tree
        self.frame = frame
        self.view = view
        self.app = app

    def extents(self, acc):
        return acc.queryComponent().getExtents(0)

    def scroll_into_view(self, acc):
        from gi.repository import Atspi
        vx, vy, vw, vh = self.extents(self.view)
        fx, fy, fw, fh = self.extents(self.frame)
        top = max(vy, fy) + 40
        bottom = min(vy + vh, fy + fh) - 40
        for _ in range(200):
            self.app.check_alive()
            x, y, w, hh = self.extents(acc)
            if y >= top and y + hh <= bottom:
                return x + w // 2, y + hh // 2
            button = 'b5c' if y + hh > bottom else 'b4c'
            for _ in range(3):
                # at the left margin, away from charts and text views
                Atspi.generate_mouse_event(vx + 20, (top + bottom) // 2, button)
            time.sleep(0.2)
        h.fail('could not scroll %r into view (at %r, view %r..%r)'
               % (acc.name, self.extents(acc), top, bottom))

    def lists(self, combo):
        """The lists under the combo: [0] shows the current choice, [1] is
        its popover's (in the tree once the popover has been open)."""
        return [acc for acc, role, _ in self.tree.walk(combo) if role == self.R.ROLE_LIST]

    def choose(self, combo, text, prefix=False):
        from gi.repository import Atspi
        popup = None
        for attempt in range(4):
            x, y = self.scroll_into_view(combo)
            # let the scrolling settle: click where the row stays
            while True:
                time.sleep(0.4)
                x2, y2 = self.scroll_into_view(combo)
                if (x2, y2) == (x, y):
                    break
                x, y = x2, y2
            Atspi.generate_mouse_event(x, y, 'b1c')
            deadline = time.monotonic() + 5
            while popup is None and time.monotonic() < deadline:
                self.app.check_alive()
                lists = self.lists(combo)
                if len(lists) > 1:
                    popup = lists[1]
                else:
                    time.sleep(h.POLL_SECONDS)
            if popup is not None:
                break
        if popup is None:
            h.fail('the choices of %r did not open' % combo.name)
        target = current = None
        for i in range(popup.childCount):
            item = popup.getChildAtIndex(i)
            labels = [n for _, role, n in self.tree.walk(item) if role == self.R.ROLE_LABEL]
            if target is None and any(label == text or (prefix and label.startswith(text))
                                      for label in labels):
                target = i
            if item.getState().contains(self.R.STATE_SELECTED):
                current = i
        if target is None:
            h.fail('%r offers no %r' % (combo.name, text))
        # GTK 4.8 misplaces a flipped popover's items in the tree, so the
        # keyboard chooses: the popover opens on the current choice.
        time.sleep(0.5)
        steps = target - (current or 0)
        for _ in range(abs(steps)):
            press_key('Down' if steps > 0 else 'Up')
            time.sleep(0.1)
        press_key('Return')
        # The popover closes; what was chosen is checked in the file
        # (the row's label is not announced again in GTK 4.8).
        time.sleep(0.5)


def wait_prefix(tree, root, role, prefix, app):
    """The first accessible of @role under @root whose name starts with
    @prefix (GTK 4.8 appends the visible title to an accessible label)."""
    deadline = time.monotonic() + h.WAIT_SECONDS
    while True:
        app.check_alive()
        for acc, r, n in tree.walk(root):
            if r == role and n.startswith(prefix):
                return acc
        if time.monotonic() > deadline:
            h.fail('timed out waiting for %r' % prefix)
        time.sleep(h.POLL_SECONDS)


def wait_db(app, predicate, what):
    deadline = time.monotonic() + h.WAIT_SECONDS
    while not predicate():
        app.check_alive()
        if time.monotonic() > deadline:
            h.fail('timed out waiting for %s' % what)
        time.sleep(h.POLL_SECONDS)


def report_id(db, iep_id):
    rows = query(db, 'SELECT id FROM progress_report WHERE iep_id = ? AND period_number = 1',
                 (iep_id,))
    return rows[0][0] if rows else None


def coded(db, iep_id):
    rid = report_id(db, iep_id)
    if rid is None:
        return 0
    return query(db, 'SELECT COUNT(*) FROM progress_entry WHERE report_id = ? AND code IS NOT NULL',
                 (rid,))[0][0]


def locked(db, iep_id):
    rid = report_id(db, iep_id)
    return rid is not None and query(db, 'SELECT locked FROM progress_report WHERE id = ?',
                                     (rid,))[0][0] == 1


def check_database(db, iep_id, n_goals):
    rid = report_id(db, iep_id)
    rows = query(db,
                 'SELECT g.position, e.code, e.sufficient, e.insufficient_reason, e.narrative '
                 'FROM goal g JOIN progress_entry e ON e.goal_id = g.id AND e.report_id = ? '
                 'WHERE g.iep_id = ? ORDER BY g.position, g.id', (rid, iep_id))
    if len(rows) != n_goals:
        h.fail('expected %d entries in report %d, found %r' % (n_goals, rid, rows))
    for number, row in enumerate(rows, start=1):
        last = number == n_goals
        expected = ('IP' if last else 'SP', 0 if last else 1, REASON if last else '',
                    'e2e narrative for goal %d' % number)
        if tuple(row[1:]) != expected:
            h.fail('goal %d saved as %r, expected %r' % (number, tuple(row[1:]), expected))
    h.log('database checked: report %d, %d goals coded, narratives and reason saved, locked'
          % (rid, n_goals))


PRUNE = ('CaseloadIepPage',)


def find_view_in(window_acc):
    """The Progress tab's view, walking around the big IEP editor."""
    stack = [window_acc]
    while stack:
        acc = stack.pop()
        try:
            name = acc.name or ''
            count = acc.childCount
        except Exception:
            continue
        if name == 'Progress report':
            return acc
        if name in PRUNE:
            continue
        for i in range(count - 1, -1, -1):
            try:
                child = acc.getChildAtIndex(i)
            except Exception:
                child = None
            if child is not None:
                stack.append(child)
    return None


def collect(tree, view):
    """(role, accessible label) -> accessible for every control of the
    view; the label is the part GTK 4.8 puts before a row's title."""
    found = {}
    for acc, role, name in tree.walk(view):
        found.setdefault((role, name), acc)
        words = name.split()
        half = len(words) // 2
        if words and len(words) % 2 == 0 and words[:half] == words[half:]:
            found.setdefault((role, ' '.join(words[:half])), acc)   # "X X": label and title
        if ', goal ' in name:
            head, _, tail = name.partition(', goal ')
            number = tail.split(' ')[0]
            found.setdefault((role, '%s, goal %s' % (head, number)), acc)
    return found


def press_key(name):
    from gi.repository import Atspi, Gdk
    Atspi.generate_keyboard_event(Gdk.keyval_from_name(name), None,
                                  Atspi.KeySynthType.SYM)


def main():
    return h.script_main('usage: test-e2e-report.py STUDENT_PAGE_WINDOW CASELOAD_CLI',
                         'caseload-e2e-report-', run)


if __name__ == '__main__':
    sys.exit(main())
