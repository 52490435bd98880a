#!/usr/bin/python3
"""End-to-end test of "My Students": three points through AT-SPI only.

usage: test-e2e-progress.py PROGRESS_PAGE_WINDOW CASELOAD_CLI

Makes a sample district with `caseload-cli sample`, picks the team member
on the most students' teams, starts progress-page-window (a window with
CaseloadProgressPage, signed in as that member) on it, and through the
accessibility tree only: types a value and a note into the new-point row
of the selected goal and presses "Add Point", three times. It then reads
the SQLite file (read-only) to check the three points (value, note,
today, recorded by the member, one goal) and checks that the chart's
accessible description counts that goal's points.

Needs a display and the accessibility bus (build-aux/test.sh): without
them it FAILS, it never skips. The accessibility helpers are those of
tests/e2e/test-e2e.py.
"""

import datetime
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

POINTS = (('41', 'e2e probe 1'), ('44.5', 'e2e probe 2'), ('47', 'e2e probe 3'))


class PageApp(h.App):
    """h.App, but the page window with the signed-in member."""

    def __init__(self, program, db, workdir, staff_id):
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
            [program, '--database', db, '--staff', str(staff_id)], env=env,
            stdout=self.log_file, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True)


def pick_staff(db):
    conn = sqlite3.connect('file:%s?mode=ro' % db, uri=True, timeout=5)
    try:
        row = conn.execute(
            'SELECT ta.staff_id, COUNT(DISTINCT ta.student_id) AS n '
            'FROM team_assignment AS ta JOIN iep AS i ON i.student_id = ta.student_id '
            'JOIN goal AS g ON g.iep_id = i.id '
            'WHERE ta.end_date IS NULL GROUP BY ta.staff_id '
            'ORDER BY n DESC, ta.staff_id LIMIT 1').fetchone()
    finally:
        conn.close()
    if row is None:
        h.fail('the sample has no team member with goals')
    return row[0]


def run(program, cli, workdir, pyatspi, desktop):
    db = os.path.join(workdir, 'progress.db')
    made = subprocess.run([cli, '--database', db, 'sample', '--students', '8',
                           '--seed', '3'], capture_output=True, text=True,
                          timeout=120)
    if made.returncode != 0:
        h.fail('caseload-cli sample failed (%d): %s'
               % (made.returncode, made.stderr.strip()))
    staff_id = pick_staff(db)
    h.log('sample made in %s; signed in as staff %d' % (db, staff_id))

    app = PageApp(program, db, workdir, staff_id)
    try:
        drive(app, db, staff_id, pyatspi, desktop)
    except h.Failure as e:
        dump_path = os.environ.get('CASELOAD_E2E_DUMP')
        if dump_path:
            h.dump_tree(h.find_application(desktop, app.proc.pid), dump_path)
        raise h.Failure('%s\n--- output ---\n%s' % (e, app.output())) from None
    finally:
        app.stop()


def drive(app, db, staff_id, pyatspi, desktop):
    R = pyatspi
    tree = h.Tree(pyatspi)
    deadline = time.monotonic() + h.WAIT_SECONDS
    acc_app = None
    while acc_app is None:
        app.check_alive()
        acc_app = h.find_application(desktop, app.proc.pid)
        if acc_app is None:
            if time.monotonic() > deadline:
                h.fail('the page window did not appear in the accessibility tree')
            time.sleep(h.POLL_SECONDS)

    def window():
        return [w for w in h.toplevels(acc_app) if h.name_of(w) == 'Caseload']

    found = tree.wait_for_many(
        window,
        {'value': ((R.ROLE_TEXT,), 'New point value'),
         'note': ((R.ROLE_TEXT,), 'New point note'),
         'add': ((R.ROLE_PUSH_BUTTON,), 'Add Point'),
         'chart': ((R.ROLE_IMAGE,), 'Progress chart')},
        ['value', 'note', 'add', 'chart'],
        'the new-point row and the chart', check=app.check_alive)
    h.wait_sensitive(found['add'], pyatspi, app, '"Add Point"')

    before = point_rows(db)
    for i, (value, note) in enumerate(POINTS):
        h.set_text(found['value'], value)
        h.set_text(found['note'], note)
        h.do_action(found['add'])
        wait_rows(db, app, before + i + 1)
        h.log('point %d recorded: %s (%s)' % (i + 1, value, note))

    goal_id = check_database(db, staff_id)
    expected = '%d points' % goal_points(db, goal_id)
    deadline = time.monotonic() + h.WAIT_SECONDS
    while True:
        app.check_alive()
        description = found['chart'].description or ''
        if description.startswith(expected):
            break
        if time.monotonic() > deadline:
            h.fail('chart description %r does not start with %r'
                   % (description, expected))
        time.sleep(h.POLL_SECONDS)
    h.log('chart description: %s' % description)

    if tree.unnamed:
        h.fail('push buttons or text fields without an accessible name:\n  '
               + '\n  '.join('%s: %s' % (role, path)
                             for path, role in sorted(tree.unnamed.items())))


def query(db, sql, args=()):
    conn = sqlite3.connect('file:%s?mode=ro' % db, uri=True, timeout=5)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def point_rows(db):
    return query(db, "SELECT COUNT(*) FROM data_point WHERE note LIKE 'e2e probe %'")[0][0]


def goal_points(db, goal_id):
    return query(db, 'SELECT COUNT(*) FROM data_point WHERE goal_id = ?', (goal_id,))[0][0]


def wait_rows(db, app, count):
    deadline = time.monotonic() + h.WAIT_SECONDS
    while point_rows(db) < count:
        app.check_alive()
        if time.monotonic() > deadline:
            h.fail('the point was not saved (%d of %d rows)' % (point_rows(db), count))
        time.sleep(h.POLL_SECONDS)


def check_database(db, staff_id):
    rows = query(db, "SELECT goal_id, point_date, value, note, recorded_by "
                     "FROM data_point WHERE note LIKE 'e2e probe %' ORDER BY id")
    today = datetime.date.today().isoformat()
    if len(rows) != len(POINTS):
        h.fail('expected %d points, found %r' % (len(POINTS), rows))
    goals = {r[0] for r in rows}
    if len(goals) != 1:
        h.fail('the points went to several goals: %r' % rows)
    for row, (value, note) in zip(rows, POINTS):
        expected = (today, float(value), note, staff_id)
        if tuple(row[1:]) != expected:
            h.fail('point saved as %r, expected %r' % (tuple(row[1:]), expected))
    h.log('database checked: three points on goal %d' % rows[0][0])
    return rows[0][0]


def main():
    return h.script_main('usage: test-e2e-progress.py PROGRESS_PAGE_WINDOW CASELOAD_CLI',
                         'caseload-e2e-progress-', run)


if __name__ == '__main__':
    sys.exit(main())
