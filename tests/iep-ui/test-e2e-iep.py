#!/usr/bin/python3
"""End-to-end test of the IEP editor: the real `caseload`, only through AT-SPI.

usage: test-e2e-iep.py CASELOAD CASELOAD_CLI

Makes a sample district with `caseload-cli sample --students 5 --seed 3`,
starts `caseload --database` on it, adds a student on the Students page
(which opens the student's page), goes to the IEP tab, starts a draft
(pressing "Start a Draft IEP" until the draft is in the file: GTK only
clicks a realized button, and the tab switch may still be pending),
waits for "Add Goal" to come on (it is off until the editor shows an IEP),
presses it, fills the goal dialog through the EditableText interface and
presses its "Add Goal" button. Only the IEP page and the dialog are walked
once the tab is found, which keeps the test well under its timeout on a
busy machine. It then reads the SQLite file
(read-only) to check that the goal row is there with what was typed.

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

STUDENT = (('First name', 'Imani'), ('Last name', 'Okafor'),
           ('Student ID', 'E2E-IEP-7'), ('Birth date', '2013-04-11'))
GOAL = (('Condition', 'Given a grade-level passage'),
        ('Behavior', 'will read aloud with expression'),
        ('Criterion', 'on 3 of 4 weekly probes'),
        ('Baseline value', '48'),
        ('Baseline date', '2025-09-15'),
        ('Target value', '95'),
        ('Target date', '2026-06-01'),
        ('Unit', 'words correct per minute'),
        ('Measurement method', 'Oral reading fluency probes'),
        ('Responsible', 'Special-education teacher'))


def run(caseload, cli, workdir, pyatspi, desktop):
    db = os.path.join(workdir, 'iep.db')
    made = subprocess.run([cli, '--database', db, 'sample', '--students', '5',
                           '--seed', '3'], capture_output=True, text=True,
                          timeout=120)
    if made.returncode != 0:
        h.fail('caseload-cli sample failed (%d): %s'
               % (made.returncode, made.stderr.strip()))
    h.log('sample made in %s' % db)

    app = h.App(caseload, db, workdir)
    try:
        drive(app, db, pyatspi, desktop)
    except h.Failure as e:
        dump_path = os.environ.get('CASELOAD_E2E_DUMP')
        if dump_path:
            h.dump_tree(h.find_application(desktop, app.proc.pid), dump_path)
        raise h.Failure('%s\n--- caseload output ---\n%s'
                        % (e, app.output())) from None
    finally:
        app.stop()


def drive(app, db, pyatspi, desktop):
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
        return [w for w in h.toplevels(acc_app) if h.name_of(w) not in ('Caseload', None)]

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
        wait_until(lambda: h.names_match(new_button.name, 'New student'),
                   3.0, app)

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

    # The IEP tab, then a draft. A GTK button activated through AT-SPI
    # clicks a moment later, and only once it is realized: "Start a Draft
    # IEP" does nothing while the tab switch is still pending. So the tab
    # is pressed, then the start button until the draft is in the file
    # (once there is a draft the button is off, so pressing again is safe).
    found = tree.wait_for_many(
        main_window,
        {'tab': ((R.ROLE_PAGE_TAB, R.ROLE_TOGGLE_BUTTON, R.ROLE_RADIO_BUTTON),
                 'IEP'),
         'start': ((R.ROLE_PUSH_BUTTON,), 'Start a Draft IEP')},
        ['tab', 'start'], 'the IEP tab and "Start a Draft IEP"',
        check=app.check_alive)
    iep_page = ancestor_named(found['start'], 'CaseloadIepPage')

    def editor():
        return [iep_page] if iep_page is not None else main_window()

    h.do_action(found['tab'])
    h.wait_sensitive(found['start'], pyatspi, app, '"Start a Draft IEP"')
    deadline = time.monotonic() + h.WAIT_SECONDS
    while not has_draft(db):
        app.check_alive()
        if time.monotonic() > deadline:
            h.fail('no draft IEP in the database %d s after pressing the IEP '
                   'tab and "Start a Draft IEP"' % h.WAIT_SECONDS)
        time.sleep(1.0)
        try:
            if found['start'].getState().contains(R.STATE_SENSITIVE):
                h.do_action(found['start'])
        except h.Failure:
            raise
        except Exception:
            pass   # went away: the editor replaced it
        wait_until(lambda: has_draft(db), 4.0, app)
    h.log('draft started')

    # "Add Goal" is off until the editor shows the draft.
    add_goal = tree.wait_for(editor, R.ROLE_PUSH_BUTTON, 'Add Goal',
                             'the "Add Goal" button', check=app.check_alive)
    h.wait_sensitive(add_goal, pyatspi, app, '"Add Goal" (the draft shown)')
    h.do_action(add_goal)

    # The goal dialog: all its fields in one walk per round.
    wanted = {label: ((R.ROLE_TEXT,), label) for label, _ in GOAL}
    wanted['save'] = ((R.ROLE_PUSH_BUTTON,), 'Add Goal')
    fields = tree.wait_for_many(dialogs, wanted, list(wanted),
                                'the goal dialog and its fields',
                                check=app.check_alive)
    h.log('goal dialog open')
    for label, text in GOAL:
        h.set_text(fields[label], text)
    save = fields['save']
    h.wait_sensitive(save, pyatspi, app, 'the goal dialog\'s "Add Goal"')
    h.do_action(save)
    h.wait_gone(tree, dialogs, R.ROLE_TEXT, 'Measurement method', app,
                'the goal dialog to close after "Add Goal"')
    h.log('goal saved through the dialog')

    check_database(db, app)
    if tree.unnamed:
        h.fail('push buttons or text fields without an accessible name:\n  '
               + '\n  '.join('%s: %s' % (role, path)
                             for path, role in sorted(tree.unnamed.items())))


def ancestor_named(acc, name):
    """The nearest ancestor of @acc named @name (None when there is none):
    walking only it is much faster than walking the whole window."""
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


def wait_until(predicate, seconds, app):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.check_alive()
        if predicate():
            return True
        time.sleep(h.POLL_SECONDS)
    return predicate()


def has_draft(db):
    conn = sqlite3.connect('file:%s?mode=ro' % db, uri=True, timeout=5)
    try:
        return conn.execute(
            'SELECT COUNT(*) FROM iep AS i JOIN student AS s '
            'ON s.id = i.student_id WHERE s.student_number = ? '
            "AND i.status = 'draft'", (STUDENT[2][1],)).fetchone()[0] > 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def check_database(db, app):
    deadline = time.monotonic() + h.WAIT_SECONDS
    problem = None
    while time.monotonic() < deadline:
        app.check_alive()
        problem = goal_problem(db)
        if problem is None:
            h.log('database checked: the goal is stored')
            return
        time.sleep(h.POLL_SECONDS)
    h.fail('database check failed: %s' % problem)


def goal_problem(db):
    conn = sqlite3.connect('file:%s?mode=ro' % db, uri=True, timeout=5)
    try:
        rows = conn.execute(
            'SELECT g.condition, g.criterion, g.baseline_value, '
            'g.target_value, g.unit, g.baseline_date, g.target_date '
            'FROM goal AS g JOIN iep AS i ON i.id = g.iep_id '
            'JOIN student AS s ON s.id = i.student_id '
            'WHERE s.student_number = ? AND g.behavior = ? '
            "AND i.status = 'draft'",
            (STUDENT[2][1], GOAL[1][1])).fetchall()
        if len(rows) != 1:
            return 'expected one goal "%s" on the draft, found %d' % (
                GOAL[1][1], len(rows))
        expected = (GOAL[0][1], GOAL[2][1], 48.0, 95.0, GOAL[7][1],
                    GOAL[4][1], GOAL[6][1])
        if tuple(rows[0]) != expected:
            return 'goal saved as %r, expected %r' % (tuple(rows[0]), expected)
        return None
    except sqlite3.Error as e:
        return 'SQLite: %s' % e
    finally:
        conn.close()


def main():
    return h.script_main('usage: test-e2e-iep.py CASELOAD CASELOAD_CLI',
                         'caseload-e2e-iep-', run)


if __name__ == '__main__':
    sys.exit(main())
