#!/usr/bin/python3
"""End-to-end test of scheduling a meeting, through AT-SPI only.

usage: test-e2e-meetings.py STUDENT_MEETINGS_WINDOW CASELOAD_CLI

Makes a sample district as of today with `caseload-cli sample`, picks a
student whose annual review is due in 10 to 30 days (with a parent and
an administrator at the school to represent the district), records this
school year's procedural-safeguards notice and calls off the review the
sample had planned for them (set-up in the file), and starts
student-meetings-window (the student page) on it. Then, through the
accessibility tree only: opens the Meetings tab, presses Schedule, chooses
the first proposed time, types today as the date the notice was sent,
checks the warnings list says "No problems found", saves, adds the
standard tasks, and saves the invitation through the file chooser. It
then reads the SQLite file (read-only): the meeting (kind, time, notice),
its invitees (parent, case manager, regular-education teacher, district
representative) and its tasks; and parses the invitation with libical
(ICalGLib): METHOD:REQUEST, the meeting's UID, one ATTENDEE per invitee.

Needs a display and the accessibility bus (build-aux/test.sh): without
them it FAILS, it never skips. The accessibility helpers are those of
tests/e2e/test-e2e.py.
"""

import datetime
import importlib.machinery
import importlib.util
import json
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


class PageApp(h.App):
    """h.App, but the student page window."""

    def __init__(self, program, db, workdir, student_id, staff_id):
        env = dict(h.APP_ENV)
        env['GTK_A11Y'] = 'atspi'
        env['ADW_DISABLE_PORTAL'] = '1'
        env['GTK_USE_PORTAL'] = '0'
        env['GDK_BACKEND'] = 'x11'
        env.setdefault('GSETTINGS_BACKEND', 'memory')
        env['XDG_DATA_HOME'] = os.path.join(workdir, 'data')
        env['XDG_CONFIG_HOME'] = os.path.join(workdir, 'config')
        env['XDG_CACHE_HOME'] = os.path.join(workdir, 'cache')
        env['XDG_STATE_HOME'] = os.path.join(workdir, 'state')
        self.log_path = os.path.join(workdir, 'page.log')
        self.log_file = open(self.log_path, 'w')
        self.proc = subprocess.Popen(
            [program, '--database', db, '--student', str(student_id),
             '--staff', str(staff_id)], env=env,
            stdout=self.log_file, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True)


def query(db, sql, args=()):
    conn = sqlite3.connect('file:%s?mode=ro' % db, uri=True, timeout=5)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def school_year_start(db, school_id, today):
    rows = query(db, 'SELECT start_date FROM school_year WHERE school_id = ? '
                 'AND start_date <= ? AND end_date >= ?',
                 (school_id, today.isoformat(), today.isoformat()))
    if rows:
        return rows[0][0]
    year = today.year if today.month >= 7 else today.year - 1
    return '%d-07-01' % year


def pick_student(db, cli, today):
    """A student whose annual review falls due in 10 to 30 days and whose
    prefilled meeting can be free of warnings."""
    listed = subprocess.run([cli, '--database', db, 'deadlines', '--within',
                             '30', '--format', 'json'],
                            capture_output=True, text=True, timeout=60)
    if listed.returncode != 0:
        h.fail('caseload-cli deadlines failed: %s' % listed.stderr.strip())
    for d in json.loads(listed.stdout):
        if d['kind'] != 'annual-review' or not 10 <= int(d['days_left']) <= 30:
            continue
        rows = query(db, 'SELECT id, school_id FROM student WHERE student_number = ?',
                     (d['student_id'],))
        if not rows:
            continue
        student_id, school_id = rows[0]
        holders = query(db, 'SELECT COUNT(*) FROM guardian WHERE student_id = ?',
                        (student_id,))[0][0]
        admins = query(db, "SELECT COUNT(*) FROM staff WHERE role = 'administrator' "
                       'AND active = 1 AND school_id = ?', (school_id,))[0][0]
        manager = query(db, 'SELECT staff_id FROM team_assignment WHERE student_id = ? '
                        'AND is_case_manager = 1 AND end_date IS NULL', (student_id,))
        gen_ed = query(db, "SELECT COUNT(*) FROM team_assignment WHERE student_id = ? "
                       "AND role = 'general-education-teacher' AND end_date IS NULL",
                       (student_id,))[0][0]
        if holders and admins == 1 and manager and gen_ed:
            return student_id, school_id, manager[0][0], d
    h.fail('the sample has no student with an annual review due in 10 to 30 '
           'days, a parent and one administrator at the school')


def prepare_student(db, student_id, school_id, today, now_utc):
    """Test set-up, before the app runs. The sample plans every review due
    and gives the safeguards notice at the review: here the family got this
    year's notice at the start of the school year, and the planned review
    was called off, so the student needs it scheduled again."""
    start = school_year_start(db, school_id, today)
    conn = sqlite3.connect(db, timeout=5)
    try:
        with conn:
            conn.execute("INSERT INTO rights_notice (student_id, given_date, method) "
                         "VALUES (?, ?, 'mail')", (student_id, start))
            conn.execute("UPDATE meeting SET status = 'cancelled', sequence = sequence + 1 "
                         "WHERE student_id = ? AND kind = 'annual-review' "
                         "AND ends_at > ?", (student_id, now_utc))
    finally:
        conn.close()


def run(program, cli, workdir, pyatspi, desktop):
    db = os.path.join(workdir, 'meetings.db')
    today = datetime.date.today()
    made = subprocess.run([cli, '--database', db, 'sample', '--students', '60',
                           '--seed', '1'], capture_output=True, text=True,
                          timeout=180)
    if made.returncode != 0:
        h.fail('caseload-cli sample failed (%d): %s'
               % (made.returncode, made.stderr.strip()))
    student_id, school_id, staff_id, deadline = pick_student(db, cli, today)
    now_utc = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    prepare_student(db, student_id, school_id, today, now_utc)
    h.log('sample made; student %d (%s %s), annual review due %s; signed in as %d'
          % (student_id, deadline['first_name'], deadline['last_name'],
             deadline['due_date'], staff_id))

    app = PageApp(program, db, workdir, student_id, staff_id)
    try:
        drive(app, db, workdir, student_id, deadline, today, pyatspi, desktop)
    except h.Failure as e:
        dump_path = os.environ.get('CASELOAD_E2E_DUMP')
        if dump_path:
            h.dump_tree(h.find_application(desktop, app.proc.pid), dump_path)
        raise h.Failure('%s\n--- output ---\n%s' % (e, app.output())) from None
    finally:
        app.stop()


def drive(app, db, workdir, student_id, deadline, today, pyatspi, desktop):
    R = pyatspi
    tree = h.Tree(pyatspi)
    limit = time.monotonic() + h.WAIT_SECONDS
    acc_app = None
    while acc_app is None:
        app.check_alive()
        acc_app = h.find_application(desktop, app.proc.pid)
        if acc_app is None:
            if time.monotonic() > limit:
                h.fail('the page window did not appear in the accessibility tree')
            time.sleep(h.POLL_SECONDS)

    def window():
        return [w for w in h.toplevels(acc_app) if h.name_of(w) == 'Caseload']

    def others():
        return [w for w in h.toplevels(acc_app)
                if h.name_of(w) not in ('Caseload', None)]

    def wait(roots, role, name, what, timeout=h.WAIT_SECONDS):
        return tree.wait_for(roots, role, name, what, timeout=timeout,
                             check=app.check_alive)

    def wait_button(roots, label, what):
        """A push button labelled @label; GTK 4.8 names a button with a
        mnemonic "_Label Label", which counts too."""
        limit = time.monotonic() + h.WAIT_SECONDS
        while True:
            app.check_alive()
            for root in roots():
                for acc in tree.find_all(root, R.ROLE_PUSH_BUTTON):
                    if h.names_match((h.name_of(acc) or '').replace('_', ''), label):
                        return acc
            if time.monotonic() > limit:
                h.fail('timed out after %d s waiting for %s' % (h.WAIT_SECONDS, what))
            time.sleep(h.POLL_SECONDS)

    # -- the Meetings tab, Schedule --
    # Walking the whole student page costs seconds per round over D-Bus:
    # find the tab and the Meetings section once, then walk only that.
    found = tree.wait_for_many(
        window, {'tab': ((R.ROLE_PAGE_TAB, R.ROLE_TOGGLE_BUTTON, R.ROLE_RADIO_BUTTON),
                         'Meetings'),
                 'section': ((R.ROLE_FILLER, R.ROLE_PANEL), 'CaseloadStudentMeetings')},
        ['tab'], 'the Meetings tab', check=app.check_alive)
    h.do_action(found['tab'])

    def section():
        return [found['section']] if 'section' in found else window()

    schedule = wait(section, R.ROLE_PUSH_BUTTON, 'Schedule', 'the button "Schedule"')
    h.wait_sensitive(schedule, pyatspi, app, '"Schedule"')
    h.do_action(schedule)
    h.log('Schedule pressed')

    # -- the first proposed time --
    limit = time.monotonic() + h.WAIT_SECONDS
    choices = []
    while not choices:
        app.check_alive()
        choices = [acc for root in section()
                   for acc in tree.find_all(root, R.ROLE_PUSH_BUTTON)
                   if (h.name_of(acc) or '').startswith('Choose ')]
        if not choices and time.monotonic() > limit:
            h.fail('no proposed time ("Choose …" button) appeared after Schedule')
        time.sleep(h.POLL_SECONDS)
    if len(choices) != 3:
        h.fail('expected three proposed times, found %d' % len(choices))
    chosen = h.name_of(choices[0])
    h.do_action(choices[0])
    h.log('chose %r' % chosen)

    # -- the editor: the notice, the warnings, Save --
    title = 'Annual review — %s, %s' % (deadline['last_name'], deadline['first_name'])
    limit = time.monotonic() + h.WAIT_SECONDS
    while not [w for w in others() if h.name_of(w) == title]:
        app.check_alive()
        if time.monotonic() > limit:
            h.fail('the meeting editor %r did not open; windows: %r'
                   % (title, [h.name_of(w) for w in h.toplevels(acc_app)]))
        time.sleep(h.POLL_SECONDS)

    def editor():
        return [w for w in others() if h.name_of(w) == title]

    notice = wait(editor, R.ROLE_TEXT, 'Notice sent on', 'the field "Notice sent on"')
    h.set_text(notice, today.isoformat())
    wait(editor, R.ROLE_LABEL, 'No problems found',
         'the warnings list to say "No problems found" once the notice is dated')
    warnings = [acc for root in editor()
                for acc in tree.find_all(root, R.ROLE_IMAGE, 'Warning')]
    if warnings:
        h.fail('the warnings list still shows %d warnings' % len(warnings))
    h.log('no warnings')

    save = wait(editor, R.ROLE_PUSH_BUTTON, 'Save', 'the button "Save"')
    h.do_action(save)
    def tasks_dialog():
        return [w for w in others() if h.name_of(w) == 'Add the Standard Tasks?']

    add_tasks = wait_button(tasks_dialog, 'Add Tasks', 'the "Add the Standard Tasks?" dialog')
    h.do_action(add_tasks)
    h.log('saved, standard tasks added')

    meeting = check_database(db, app, student_id, today)

    # -- Save Invitation… through the file chooser --
    target = os.path.join(workdir, 'invitation.ics')
    invite = wait(editor, R.ROLE_PUSH_BUTTON, 'Save Invitation…', 'the button "Save Invitation…"')
    h.wait_sensitive(invite, pyatspi, app, '"Save Invitation…"')
    h.do_action(invite)

    def chooser():
        return [w for w in h.toplevels(acc_app) if h.name_of(w) == 'Save Invitation']

    name_field = wait(chooser, R.ROLE_TEXT, 'Name:', 'the file name field of the chooser')
    h.set_text(name_field, target)
    time.sleep(0.3)
    h.do_action(wait_button(chooser, 'Save', 'the file chooser\'s "Save" button'))
    limit = time.monotonic() + h.WAIT_SECONDS
    while not os.path.exists(target) or os.path.getsize(target) == 0:
        app.check_alive()
        if time.monotonic() > limit:
            h.fail('the invitation was not written to %s' % target)
        time.sleep(h.POLL_SECONDS)
    time.sleep(0.3)
    check_invitation(target, meeting)
    h.log('invitation saved and parsed')

    # GTK's own file chooser and libadwaita's toast close button are not
    # ours to name.
    unnamed = {path: role for path, role in tree.unnamed.items()
               if 'GtkFileChooserWidget' not in path and 'AdwToastWidget' not in path}
    if unnamed:
        h.fail('push buttons or text fields without an accessible name:\n  '
               + '\n  '.join('%s: %s' % (role, path)
                             for path, role in sorted(unnamed.items())))
    h.log('%d push buttons and text fields met' % len(tree.met))


def check_database(db, app, student_id, today):
    limit = time.monotonic() + h.WAIT_SECONDS
    while True:
        app.check_alive()
        rows = query(db, "SELECT id, uid, notice_sent_date, status, starts_at, ends_at "
                     "FROM meeting WHERE student_id = ? AND kind = 'annual-review' "
                     "AND status = 'scheduled' AND notice_sent_date = ?",
                     (student_id, today.isoformat()))
        if rows or time.monotonic() > limit:
            break
        time.sleep(h.POLL_SECONDS)
    if len(rows) != 1:
        h.fail('expected one scheduled annual review with the notice of today '
               'for student %d, found %r' % (student_id, rows))
    meeting_id, uid, _, _, starts, ends = rows[0]
    start = datetime.datetime.strptime(starts, '%Y-%m-%dT%H:%M:%SZ')
    end = datetime.datetime.strptime(ends, '%Y-%m-%dT%H:%M:%SZ')
    if end - start != datetime.timedelta(hours=1):
        h.fail('the meeting lasts %s, not the hour proposed' % (end - start))
    if start.date() <= today:
        h.fail('the proposed meeting starts %s, not after today' % starts)
    roles = sorted(r[0] for r in query(
        db, 'SELECT role FROM meeting_attendee WHERE meeting_id = ?', (meeting_id,)))
    for wanted in ('case-manager', 'general-education-teacher', 'lea-representative', 'parent'):
        if wanted not in roles:
            h.fail('the meeting does not invite a %s: %r' % (wanted, roles))
    parents = query(db, "SELECT COUNT(*) FROM meeting_attendee WHERE meeting_id = ? "
                    "AND role = 'parent' AND guardian_id IS NOT NULL", (meeting_id,))[0][0]
    if parents < 1:
        h.fail('the parent invitee is not linked to a guardian')
    limit = time.monotonic() + h.WAIT_SECONDS
    while True:
        app.check_alive()
        tasks = query(db, 'SELECT COUNT(*) FROM task WHERE meeting_id = ?', (meeting_id,))[0][0]
        if tasks >= 2 or time.monotonic() > limit:
            break
        time.sleep(h.POLL_SECONDS)
    if tasks < 2:
        h.fail('expected the standard tasks of the meeting, found %d' % tasks)
    h.log('database checked: meeting %d, invitees %r, %d tasks' % (meeting_id, roles, tasks))
    return {'id': meeting_id, 'uid': uid, 'invitees': len(roles)}


def check_invitation(path, meeting):
    import gi
    gi.require_version('ICalGLib', '3.0')
    from gi.repository import ICalGLib
    with open(path) as f:
        text = f.read()
    calendar = ICalGLib.Component.new_from_string(text)
    if calendar is None:
        h.fail('libical could not parse the invitation')
    if calendar.get_method() != ICalGLib.PropertyMethod.REQUEST:
        h.fail('the invitation is not METHOD:REQUEST')
    event = calendar.get_first_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    if event is None:
        h.fail('the invitation has no VEVENT')
    if event.get_uid() != meeting['uid']:
        h.fail('UID %r is not the meeting\'s %r' % (event.get_uid(), meeting['uid']))
    attendees = event.count_properties(ICalGLib.PropertyKind.ATTENDEE_PROPERTY)
    if attendees != meeting['invitees']:
        h.fail('%d ATTENDEE lines for %d invitees' % (attendees, meeting['invitees']))


def main():
    return h.script_main('usage: test-e2e-meetings.py STUDENT_MEETINGS_WINDOW CASELOAD_CLI',
                         'caseload-e2e-meetings-', run)


if __name__ == '__main__':
    sys.exit(main())
