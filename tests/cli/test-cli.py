#!/usr/bin/env python3
"""End-to-end checks of caseload-cli: exit codes, CSV/JSON output, search,
deadline order. Usage: test-cli.py PATH-TO-caseload-cli"""

import csv
import datetime
import io
import json
import os
import shutil
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

    def test_init(self):
        path = os.path.join(self.dir, "new", "fresh.db")
        result = run("--database", path, "init")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.decode(), "Schema version 1\n")
        self.assertTrue(os.path.exists(path))
        # Again: already current, same answer.
        result = run("--database", path, "init")
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stdout.decode(), "Schema version 1\n")

    def test_missing_database(self):
        path = os.path.join(self.dir, "missing.db")
        for command in (["students"], ["deadlines", "--as-of", AS_OF]):
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


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
