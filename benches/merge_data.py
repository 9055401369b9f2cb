"""The same mail merge for Outpost and for PyPI's mailmerge (benches/merge.sh).

    python3 benches/merge_data.py DIR ROWS

writes into DIR:
    list.csv        ROWS data rows and a header row (Email, Name, Company, City, Amount, Due):
                    UTF-8, quoted fields with commas, a few accented names; every address valid and
                    different, so every row becomes a message in both tools
    body.txt        the body, for `outpost merge --body-file` (subject given on the command line)
    subject.txt     the subject template
    mailmerge_template.txt  the same subject and body, with the headers mailmerge wants
    mailmerge_server.conf   mailmerge's server: 127.0.0.1, no security (a dry run connects nowhere)

Both tools read the same CSV, and the placeholders are the same text: `{{Name}}` is a Jinja2
variable to mailmerge (the header as written) and a column placeholder to Outpost.
"""

import csv
import os
import sys

SUBJECT = "Your {{Company}} membership, {{Name}}"
BODY = """Dear {{Name}},

Thank you for another year with the club. Your membership for {{Company}} in {{City}} renews on
{{Due}}, and the amount due is {{Amount}} EUR.

You can pay at the next meeting, or by bank transfer with your name in the reference. If anything
has changed (your address, your team, or whether you would like to keep receiving the newsletter),
just reply to this message and we will update our list.

The spring tournament is on the first Saturday of May. We would be glad to see you there, and
anyone you would like to bring along.

With best wishes,
The club secretary
"""

FIRST = ["Anna", "Ben", "Chloé", "David", "Emma", "François", "Greta", "Hugo", "Inès", "Jonas",
         "Karin", "Lukas", "María", "Nils", "Olga", "Pedro", "Quentin", "Rosa", "Søren", "Tomás"]
LAST = ["Müller", "Schmidt", "García", "Dubois", "Rossi", "Silva", "Novak", "Jensen", "O'Brien",
        "Kowalski", "Smith", "Moreau", "Costa", "Fischer", "López"]
CITIES = ["Berlin", "Lyon", "Porto", "Sevilla", "Graz", "Zürich", "Kraków", "Bologna"]
COMPANIES = ["Smith, Jones & Co", "Acme", "Blue Harbour Ltd", "Café \"Zur Post\"", "Nordlicht GmbH"]


def main():
    out, rows = sys.argv[1], int(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "list.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Email", "Name", "Company", "City", "Amount", "Due"])
        for i in range(rows):
            first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
            w.writerow([
                "member%06d@example.org" % i,
                "%s %s" % (first, last),
                COMPANIES[i % len(COMPANIES)],
                CITIES[i % len(CITIES)],
                "%d.%02d" % (20 + i % 80, i % 100),
                "2027-%02d-%02d" % (1 + i % 12, 1 + i % 28),
            ])
    with open(os.path.join(out, "body.txt"), "w", encoding="utf-8") as f:
        f.write(BODY)
    with open(os.path.join(out, "subject.txt"), "w", encoding="utf-8") as f:
        f.write(SUBJECT)
    with open(os.path.join(out, "mailmerge_template.txt"), "w", encoding="utf-8") as f:
        f.write("TO: {{Email}}\nSUBJECT: %s\nFROM: Club Secretary <sender@example.com>\n\n%s"
                % (SUBJECT, BODY))
    with open(os.path.join(out, "mailmerge_server.conf"), "w", encoding="utf-8") as f:
        f.write("[smtp_server]\nhost = 127.0.0.1\nport = 2525\nratelimit = 0\n")


if __name__ == "__main__":
    main()
