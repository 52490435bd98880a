#!/usr/bin/env python3
"""End-to-end checks of caseload-cli: exit codes, CSV/JSON output, search,
deadline order. Usage: test-cli.py PATH-TO-caseload-cli"""

import csv
import datetime
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest

CLI = None
AS_OF = "2026-03-02"
N = 80

STUDENT_COLUMNS = ("student_id,last_name,first_name,grade,school,case_manager,"
                   "primary_disability,next_deadline,next_deadline_date,status")
DEADLINE_COLUMNS = "student_id,last_name,first_name,kind,due_date,days_left,case_manager"


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, timeout=120)


def parse_csv(data, header):
    """Checks RFC 4180 form (CRLF, header, no BOM, minimal quoting) and
    returns the rows as dicts."""
    text = data.decode("utf-8")
    if text.startswith("\ufeff"):
        raise AssertionError("CSV starts with a byte-order mark")
    first_line = text.split("\r\n", 1)[0]
    if first_line != header:
        raise AssertionError(f"header {first_line!r} != {header!r}")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    n_columns = len(header.split(","))
    for row in rows:
        if len(row) != n_columns:
            raise AssertionError(f"row with {len(row)} fields: {row!r}")
    # Writing the parsed rows back the RFC 4180 way gives the same bytes.
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    if out.getvalue() != text:
        raise AssertionError("CSV is not in canonical RFC 4180 form")
    return [dict(zip(rows[0], row)) for row in rows[1:]]


class CliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="caseload-cli-")
        cls.db = os.path.join(cls.dir, "district.db")
        result = run("--database", cls.db, "sample", "--students", str(N),
                     "--seed", "11", "--as-of", AS_OF)
        assert result.returncode == 0, result.stderr.decode()
        assert result.stdout.decode().count("\n") == 1, result.stdout

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir)

    def test_version_and_help(self):
        result = run("--version")
        self.assertEqual(result.returncode, 0)
        self.assertTrue(result.stdout.decode().startswith("caseload-cli "))
        result = run("--help")
        self.assertEqual(result.returncode, 0)
        self.assertIn("deadlines", result.stdout.decode())
        self.assertIn("check-iep", result.stdout.decode())
        self.assertIn("bank", result.stdout.decode())
        # A command's help needs no database.
        for command in ("check-iep", "bank"):
            result = run("--database", os.path.join(self.dir, "none.db"), command, "--help")
            self.assertEqual(result.returncode, 0, command)
            self.assertIn("--format", result.stdout.decode(), command)
            self.assertFalse(os.path.exists(os.path.join(self.dir, "none.db")))

    def test_init(self):
        path = os.path.join(self.dir, "new", "fresh.db")
        result = run("--database", path, "init")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.exists(path))
        # The version printed is the one the file now has (the newest
        # migration), at least 2 (the goal bank's).
        with sqlite3.connect(path) as con:
            version = con.execute("PRAGMA user_version").fetchone()[0]
        self.assertGreaterEqual(version, 2)
        self.assertEqual(result.stdout.decode(), f"Schema version {version}\n")
        # Again: already current, same answer.
        result = run("--database", path, "init")
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stdout.decode(), f"Schema version {version}\n")

    def test_missing_database(self):
        path = os.path.join(self.dir, "missing.db")
        for command in (["students"], ["deadlines", "--as-of", AS_OF],
                        ["check-iep", "--student", "3000000"], ["bank", "--kind", "goal"]):
            result = run("--database", path, *command)
            self.assertEqual(result.returncode, 1)
            self.assertTrue(result.stderr.decode().startswith("caseload-cli: "))
            self.assertEqual(result.stdout, b"")
            self.assertFalse(os.path.exists(path))

    def test_not_a_database(self):
        path = os.path.join(self.dir, "notes.txt")
        with open(path, "wb") as f:
            f.write(b"just some text, not a database\n" * 100)
        result = run("--database", path, "students")
        self.assertEqual(result.returncode, 1)
        with open(path, "rb") as f:
            self.assertEqual(f.read(), b"just some text, not a database\n" * 100)

    def test_wrong_arguments(self):
        cases = [
            [],
            ["frobnicate"],
            ["students", "--bogus"],
            ["students", "--format", "xml"],
            ["students", "extra"],
            ["deadlines", "--as-of", "2026-02-30"],
            ["deadlines", "--within", "soon"],
            ["sample"],
            ["sample", "--students", "0"],
            ["sample", "--students", "5", "--seed", "-1"],
            ["check-iep"],
            ["check-iep", "--student"],
            ["check-iep", "--student", "3000000", "--format", "csv"],
            ["check-iep", "--student", "3000000", "extra"],
            ["bank"],
            ["bank", "--kind", "objective"],
            ["bank", "--kind", "goal", "--format", "json"],
        ]
        for args in cases:
            result = run("--database", self.db, *args)
            self.assertEqual(result.returncode, 2, args)
            self.assertIn("Usage:", result.stderr.decode(), args)
            self.assertEqual(result.stdout, b"", args)

    def test_sample_refuses_filled_database(self):
        before = run("--database", self.db, "students", "--all", "--format", "csv").stdout
        result = run("--database", self.db, "sample", "--students", "5", "--as-of", AS_OF)
        self.assertEqual(result.returncode, 1)
        self.assertIn("caseload-cli: ", result.stderr.decode())
        after = run("--database", self.db, "students", "--all", "--format", "csv").stdout
        self.assertEqual(before, after)

    def test_students_csv(self):
        result = run("--database", self.db, "students", "--format", "csv")
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = parse_csv(result.stdout, STUDENT_COLUMNS)
        self.assertEqual(len(rows), N)
        self.assertEqual(len({r["student_id"] for r in rows}), N)
        for row in rows:
            self.assertIn(row["status"], ("active", "referred"))
            self.assertIn(row["grade"], ["K"] + [str(g) for g in range(1, 13)])
            if row["next_deadline_date"]:
                datetime.date.fromisoformat(row["next_deadline_date"])
        names = [(r["last_name"], r["first_name"]) for r in rows]
        self.assertEqual(len(names), N)

        result = run("--database", self.db, "students", "--all", "--format", "csv")
        everyone = parse_csv(result.stdout, STUDENT_COLUMNS)
        self.assertGreater(len(everyone), N)
        self.assertTrue({"archived", "exited"} & {r["status"] for r in everyone})

    def test_students_search(self):
        rows = parse_csv(run("--database", self.db, "students", "--format", "csv").stdout,
                         STUDENT_COLUMNS)
        target = rows[len(rows) // 2]
        last = target["last_name"]
        result = run("--database", self.db, "students", "--search", last.upper(), "--format", "csv")
        self.assertEqual(result.returncode, 0)
        found = parse_csv(result.stdout, STUDENT_COLUMNS)
        self.assertIn(target["student_id"], {r["student_id"] for r in found})
        self.assertLess(len(found), len(rows))
        # By student ID: exactly that student.
        found = parse_csv(run("--database", self.db, "students", "--search",
                              target["student_id"], "--format", "csv").stdout, STUDENT_COLUMNS)
        self.assertEqual([r["student_id"] for r in found], [target["student_id"]])
        # Accents do not matter: search without them.
        accented = [r for r in rows if any(ord(ch) > 127 for ch in r["last_name"])]
        if accented:
            import unicodedata
            plain = "".join(ch for ch in unicodedata.normalize("NFD", accented[0]["last_name"])
                            if unicodedata.category(ch) != "Mn")
            found = parse_csv(run("--database", self.db, "students", "--search", plain,
                                  "--format", "csv").stdout, STUDENT_COLUMNS)
            self.assertIn(accented[0]["student_id"], {r["student_id"] for r in found})
        # Nothing matches nonsense.
        found = parse_csv(run("--database", self.db, "students", "--search", "zzqqxx",
                              "--format", "csv").stdout, STUDENT_COLUMNS)
        self.assertEqual(found, [])

    def test_deadlines_csv(self):
        result = run("--database", self.db, "deadlines", "--as-of", AS_OF, "--format", "csv")
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = parse_csv(result.stdout, DEADLINE_COLUMNS)
        self.assertGreater(len(rows), N)
        as_of = datetime.date.fromisoformat(AS_OF)
        days = [int(r["days_left"]) for r in rows]
        self.assertTrue(any(d < 0 for d in days), "no overdue deadline")
        first_not_overdue = next(i for i, d in enumerate(days) if d >= 0)
        self.assertTrue(all(d < 0 for d in days[:first_not_overdue]))
        self.assertTrue(all(d >= 0 for d in days[first_not_overdue:]))
        self.assertEqual(days, sorted(days))
        for row in rows:
            due = datetime.date.fromisoformat(row["due_date"])
            self.assertEqual((due - as_of).days, int(row["days_left"]))
            self.assertRegex(row["kind"], r"^[a-z-]+$")

        within = parse_csv(run("--database", self.db, "deadlines", "--as-of", AS_OF,
                               "--within", "30", "--format", "csv").stdout, DEADLINE_COLUMNS)
        self.assertTrue(all(int(r["days_left"]) <= 30 for r in within))
        self.assertEqual(len([r for r in within if int(r["days_left"]) < 0]),
                         len([d for d in days if d < 0]))
        self.assertLess(len(within), len(rows))

    def test_json(self):
        students = json.loads(run("--database", self.db, "students", "--format", "json").stdout)
        self.assertEqual(len(students), N)
        self.assertEqual(list(students[0].keys()), STUDENT_COLUMNS.split(","))
        deadlines = json.loads(run("--database", self.db, "deadlines", "--as-of", AS_OF,
                                   "--format", "json").stdout)
        self.assertEqual(list(deadlines[0].keys()), DEADLINE_COLUMNS.split(","))
        self.assertIsInstance(deadlines[0]["days_left"], int)
        self.assertLess(deadlines[0]["days_left"], 0)

    def test_table(self):
        result = run("--database", self.db, "students")
        self.assertEqual(result.returncode, 0)
        lines = result.stdout.decode("utf-8").splitlines()
        self.assertEqual(len(lines), N + 1)
        self.assertTrue(lines[0].startswith("Student ID"))
        result = run("--database", self.db, "deadlines", "--as-of", AS_OF)
        self.assertEqual(result.returncode, 0)
        self.assertIn("Days left", result.stdout.decode("utf-8").splitlines()[0])


BANK_GOAL_COLUMNS = "id,area,text,source"
BANK_ACCOMMODATION_COLUMNS = "id,category,description,source"


FIXTURES = os.environ.get("CASELOAD_SHARED_FIXTURES", "")


def fixture(*parts):
    path = os.path.join(FIXTURES, *parts)
    # In CI a test that cannot run fails.
    assert os.path.exists(path), f"missing fixture {path}"
    return path


def edfi_students(count, first=900000):
    """A synthetic InterchangeStudent of @count students (ours, not the
    Grand Bend sample)."""
    rows = []
    for i in range(count):
        rows.append(
            f"<Student><StudentUniqueId>{first + i}</StudentUniqueId>"
            f"<Name><FirstName>Given{i}</FirstName><LastSurname>Family{i}</LastSurname></Name>"
            f"<BirthData><BirthDate>2012-0{1 + i % 9}-1{i % 10}</BirthDate></BirthData></Student>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<InterchangeStudent xmlns="http://ed-fi.org/5.2.0">\n'
            + "\n".join(rows) + "\n</InterchangeStudent>\n")


class InterchangeTest(unittest.TestCase):
    """import/export with Ed-Fi and OneRoster, the dry-run preview, and a
    SIGKILL in the middle of a large import."""

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="caseload-cli-interchange-")
        self.db = os.path.join(self.dir, "district.db")
        self.env = dict(os.environ, XDG_DATA_HOME=os.path.join(self.dir, "data"))
        self.assertEqual(self.run_cli("init").returncode, 0)

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def run_cli(self, *args):
        return subprocess.run([CLI, "--database", self.db, *args], capture_output=True,
                              timeout=120, env=self.env)

    def count(self, sql):
        with sqlite3.connect(self.db) as con:
            return con.execute(sql).fetchone()[0]

    def test_edfi_round(self):
        samples = fixture("ed-fi-5.2", "samples")
        result = self.run_cli("import", os.path.join(samples, "Student.xml"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("960 students added, 0 updated, 0 unchanged, 0 skipped",
                      result.stdout.decode())
        # The preview writes nothing.
        before = self.count("SELECT count(*) FROM guardian")
        result = self.run_cli("import", "--dry-run", "--format", "edfi",
                              os.path.join(samples, "Contact.xml"))
        self.assertEqual(result.returncode, 0, result.stderr)
        out = result.stdout.decode()
        self.assertIn("Dry run: nothing was written.", out)
        self.assertIn("1872 records added", out)
        self.assertEqual(self.count("SELECT count(*) FROM guardian"), before)
        # Program associations: exited students are listed by --all only.
        result = self.run_cli("import", os.path.join(samples, "StudentProgram.xml"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("97 updated", result.stdout.decode())
        active = self.run_cli("students", "--format", "csv").stdout.decode()
        every = self.run_cli("students", "--all", "--format", "csv").stdout.decode()
        self.assertNotIn("604872", active)
        self.assertIn("604872", every)
        # Export: one association per student with an IEP.
        out = os.path.join(self.dir, "program.xml")
        result = self.run_cli("export", "--format", "edfi", "--output", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(out, encoding="utf-8") as f:
            text = f.read()
        self.assertEqual(text.count("<StudentSpecialEducationProgramAssociation>"), 97)
        result = self.run_cli("export", "--format", "edfi", "--student", "604872",
                              "--output", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(out, encoding="utf-8") as f:
            self.assertEqual(f.read().count("<StudentUniqueId>"), 1)

    def test_oneroster_zip_and_folder(self):
        zip_path = fixture("oneroster", "Test_full_data_set.zip")
        result = self.run_cli("import", "--dry-run", zip_path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("3 students added", result.stdout.decode())
        self.assertEqual(self.count("SELECT count(*) FROM student"), 0)
        result = self.run_cli("import", "--format", "oneroster", zip_path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(self.count("SELECT count(*) FROM student"), 3)
        # The same export as a folder: all unchanged.
        folder = os.path.join(self.dir, "export")
        shutil.unpack_archive(zip_path, folder, "zip")
        result = self.run_cli("import", folder)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("0 students added, 0 updated, 3 unchanged", result.stdout.decode())

    def test_arguments_and_errors(self):
        for args in (["import", "--format", "csv", "x"], ["export", "--format", "oneroster",
                                                          "--output", "x"],
                     ["export", "--format", "edfi", "--with-history", "--output", "x"]):
            result = self.run_cli(*args)
            self.assertEqual(result.returncode, 2, (args, result.stderr))
        bad = os.path.join(self.dir, "notes.txt")
        with open(bad, "w") as f:
            f.write("hello\n")
        result = self.run_cli("import", bad)
        self.assertEqual(result.returncode, 1)
        self.assertIn("notes.txt", result.stderr.decode())
        # An export with no IEP at all says so.
        result = self.run_cli("export", "--format", "edfi", "--output",
                              os.path.join(self.dir, "none.xml"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("IEP", result.stderr.decode())

    def test_sigkill_mid_import(self):
        """Kill the import once it is really writing: the database is intact
        and holds all of the import or none of it."""
        roster = fixture("oneroster", "Test_full_data_set.zip")
        self.assertEqual(self.run_cli("import", roster).returncode, 0)
        before = self.count("SELECT count(*) FROM student")
        big = os.path.join(self.dir, "students.xml")
        n = 60000
        with open(big, "w", encoding="utf-8") as f:
            f.write(edfi_students(n))
        wal = self.db + "-wal"
        start_wal = os.path.getsize(wal) if os.path.exists(wal) else 0
        proc = subprocess.Popen([CLI, "--database", self.db, "import", big],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=self.env)
        killed = False
        deadline = datetime.datetime.now() + datetime.timedelta(seconds=60)
        while datetime.datetime.now() < deadline and proc.poll() is None:
            size = os.path.getsize(wal) if os.path.exists(wal) else 0
            # The transaction spills pages into the WAL: it is writing.
            if size > start_wal + 512 * 1024:
                proc.kill()
                killed = True
                break
        proc.wait()
        self.assertTrue(killed, "the import ended before it could be killed")
        self.assertEqual(proc.returncode, -9)
        with sqlite3.connect(self.db) as con:
            self.assertEqual(con.execute("PRAGMA integrity_check").fetchone()[0], "ok")
            after = con.execute("SELECT count(*) FROM student").fetchone()[0]
            audit = con.execute("SELECT count(*) FROM audit_log WHERE table_name = 'student' "
                                "AND action = 'insert'").fetchone()[0]
        self.assertIn(after, (before, before + n))
        self.assertEqual(audit, after)
        # And the database still takes the import.
        result = self.run_cli("import", big)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(self.count("SELECT count(*) FROM student"), before + n)


class IepCommandsTest(unittest.TestCase):
    """check-iep and bank on a sample district."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="caseload-cli-iep-")
        cls.db = os.path.join(cls.dir, "district.db")
        result = run("--database", cls.db, "sample", "--students", str(N),
                     "--seed", "11", "--as-of", AS_OF)
        assert result.returncode == 0, result.stderr.decode()
        cls.con = sqlite3.connect(cls.db)

    @classmethod
    def tearDownClass(cls):
        cls.con.close()
        shutil.rmtree(cls.dir)

    def query(self, sql):
        return [row[0] for row in self.con.execute(sql)]

    def check(self, student, *extra):
        # --database after the command name works as for the other commands.
        return run("check-iep", "--database", self.db, "--student", student, *extra)

    def test_check_iep_clean(self):
        # Students whose IEP in effect is finalized: most have no errors.
        finalized = self.query(
            "SELECT s.student_number FROM student s WHERE s.status = 'active' "
            "AND EXISTS (SELECT 1 FROM iep i WHERE i.student_id = s.id AND i.status = 'finalized') "
            "AND NOT EXISTS (SELECT 1 FROM iep i WHERE i.student_id = s.id AND i.status = 'draft') "
            "ORDER BY s.student_number")
        self.assertGreater(len(finalized), N // 2)
        codes = {}
        for student in finalized:
            result = self.check(student)
            self.assertIn(result.returncode, (0, 1), result.stderr)
            codes[student] = result.returncode
            if result.returncode == 0:
                self.assertEqual(result.stderr, b"")
        clean = [s for s, code in codes.items() if code == 0]
        self.assertGreaterEqual(len(clean), len(finalized) * 85 // 100)
        result = self.check(clean[0])
        self.assertIn("no problems found", result.stdout.decode())
        findings = json.loads(self.check(clean[0], "--format", "json").stdout)
        self.assertTrue(all(f["severity"] == "warning" for f in findings), findings)

    def test_check_iep_unmeasurable_goal(self):
        students = self.query(
            "SELECT DISTINCT s.student_number FROM student s JOIN iep i ON i.student_id = s.id "
            "JOIN goal g ON g.iep_id = i.id WHERE i.status = 'draft' "
            "AND g.baseline_value IS NULL AND g.method = ''")
        self.assertGreaterEqual(len(students), 1)
        result = self.check(students[0])
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn("not measurable", result.stdout.decode())
        result = self.check(students[0], "--format", "json")
        self.assertEqual(result.returncode, 1)
        findings = json.loads(result.stdout)
        self.assertIsInstance(findings, list)
        for finding in findings:
            for key in ("severity", "section", "message"):
                self.assertIsInstance(finding[key], str)
                self.assertNotEqual(finding[key], "")
            self.assertIn(finding["severity"], ("error", "warning"))
        goal_errors = [f for f in findings if f["section"] == "goals" and f["severity"] == "error"]
        self.assertEqual({f["field"] for f in goal_errors}, {"baseline-value", "method"})
        # Errors come first.
        severities = [f["severity"] for f in findings]
        self.assertEqual(severities, sorted(severities, key=lambda x: x != "error"))

    def test_check_iep_missing_transition_plan(self):
        students = self.query(
            "SELECT s.student_number FROM student s JOIN iep i ON i.student_id = s.id "
            "WHERE i.status = 'draft' AND i.transition_education = '' AND i.transition_services = '' "
            "AND date(s.birth_date, '+16 years') <= i.end_date")
        for student in students:
            findings = json.loads(self.check(student, "--format", "json").stdout)
            self.assertIn("transition-education", {f["field"] for f in findings})

    def test_check_iep_exit_2(self):
        result = self.check("9999999")
        self.assertEqual(result.returncode, 2)
        self.assertIn("9999999", result.stderr.decode())
        self.assertEqual(result.stdout, b"")
        no_iep = self.query("SELECT student_number FROM student s WHERE NOT EXISTS "
                            "(SELECT 1 FROM iep i WHERE i.student_id = s.id) LIMIT 1")
        self.assertEqual(len(no_iep), 1)
        result = self.check(no_iep[0])
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, b"")
        any_student = self.query("SELECT student_number FROM student LIMIT 1")[0]
        result = self.check(any_student, "--format", "xml")
        self.assertEqual(result.returncode, 2)
        self.assertIn("Usage:", result.stderr.decode())

    def bank(self, kind, *extra):
        result = run("--database", self.db, "bank", "--kind", kind, "--format", "csv", *extra)
        self.assertEqual(result.returncode, 0, result.stderr)
        header = BANK_GOAL_COLUMNS if kind == "goal" else BANK_ACCOMMODATION_COLUMNS
        return parse_csv(result.stdout, header)

    def test_bank_goals(self):
        rows = self.bank("goal")
        self.assertGreaterEqual(len(rows), 60)
        self.assertEqual(len({r["text"] for r in rows}), len(rows))
        result = run("--database", self.db, "bank", "--kind", "goal")
        self.assertEqual(result.returncode, 0)
        self.assertEqual(len(result.stdout.decode("utf-8").splitlines()), len(rows) + 1)
        # A word from one template narrows the list to the goals with it.
        words = [w.strip(".,;:()") for w in rows[0]["text"].split() if "{" not in w]
        word = max(words, key=len)
        found = self.bank("goal", "--search", word)
        self.assertGreaterEqual(len(found), 1)
        self.assertLess(len(found), len(rows))
        self.assertIn(rows[0]["id"], {r["id"] for r in found})
        self.assertEqual(self.bank("goal", "--search", "zzqqxxv"), [])
        # FTS syntax in the search text is taken as text, never an error.
        for text in ('"', '"reading', "(", "read)", "*", "read*", "NEAR", "NEAR(",
                     "-", "-read", "AND", "OR NOT", "area:math", "^", "+"):
            result = run("--database", self.db, "bank", "--kind", "goal", "--search", text,
                         "--format", "csv")
            self.assertEqual(result.returncode, 0, (text, result.stderr))
            parse_csv(result.stdout, BANK_GOAL_COLUMNS)

    def test_bank_accommodations(self):
        rows = self.bank("accommodation")
        self.assertGreaterEqual(len(rows), 40)
        self.assertEqual(len({r["description"] for r in rows}), len(rows))
        found = self.bank("accommodation", "--search", "test")
        self.assertLess(len(found), len(rows))


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
