use super::*;
use crate::merge::data::Row;

fn table(headers: &[&str], rows: &[&[&str]]) -> Table {
    Table {
        headers: headers.iter().map(|s| s.to_string()).collect(),
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, cells)| Row {
                number: i + 2,
                cells: cells.iter().map(|s| s.to_string()).collect(),
            })
            .collect(),
    }
}

fn spec<'a>(folder: &'a Path) -> Spec<'a> {
    Spec {
        subject: "News for {{Name|you}}",
        body: "Dear {{Name|friend}},\n\nyour team: {{Team}}",
        data_folder: folder,
        ..Spec::default()
    }
}

fn codes(plan: &Plan) -> Vec<(usize, &'static str)> {
    plan.skipped
        .iter()
        .map(|s| (s.row, s.code.as_str()))
        .collect()
}

#[test]
fn every_row_is_ready_or_skipped_with_its_code() {
    let dir = tempfile::tempdir().unwrap();
    let t = table(
        &["Name", "E-mail", "Team"],
        &[
            &["Ann", "ann@example.org", "Red"],
            &["Bob", "bob@", "Blue"],
            &["Ann again", "ANN@example.org", "Red"],
            &["Cy", "cy@example.org", ""],
            &["Dee\r\nBcc: all@example.org", "dee@example.org", "Red"],
            &["Eve", "eve@example.org", "Red"],
            &["", "", "Red"],
            &["", "fay@example.org", "Green"],
        ],
    );
    let suppressed = BTreeSet::from(["eve@example.org".to_owned()]);
    let plan = plan(&t, &spec(dir.path()), &suppressed).unwrap();
    assert_eq!(plan.rows, 8);
    assert_eq!(plan.address_column.as_deref(), Some("E-mail"));
    assert_eq!(plan.found_by, FoundBy::Header);
    assert_eq!(
        codes(&plan),
        [
            (3, "invalid_address"),
            (4, "duplicate"),
            (5, "empty_field"),
            (6, "unsafe_field"),
            (7, "suppressed"),
            (8, "invalid_address"),
        ]
    );
    assert!(
        plan.skipped[1].detail.contains("row 2"),
        "{}",
        plan.skipped[1].detail
    );
    assert!(
        plan.skipped[2].detail.contains("“Team”"),
        "{}",
        plan.skipped[2].detail
    );
    assert!(
        plan.skipped[3].detail.contains("“Name”"),
        "{}",
        plan.skipped[3].detail
    );
    let rows: Vec<usize> = plan.ready.iter().map(|r| r.row).collect();
    assert_eq!(rows, [2, 9]);
    let fay = &plan.ready[1];
    assert_eq!(fay.to, "fay@example.org");
    assert_eq!(fay.subject, "News for you", "fallback");
    assert_eq!(fay.body, "Dear friend,\n\nyour team: Green");
    let json = serde_json::to_value(&plan.skipped[0]).unwrap();
    assert_eq!(json["code"], "invalid_address");
    assert_eq!(json["row"], 3);
}

#[test]
fn allow_empty_sends_and_reports_the_empty_placeholders() {
    let dir = tempfile::tempdir().unwrap();
    let t = table(&["Name", "Email", "Team"], &[&["Cy", "cy@example.org", ""]]);
    let spec = Spec {
        allow_empty: true,
        ..spec(dir.path())
    };
    let plan = plan(&t, &spec, &BTreeSet::new()).unwrap();
    assert_eq!(plan.ready[0].empty, ["Team"]);
    assert_eq!(plan.ready[0].body, "Dear Cy,\n\nyour team: ");
}

#[test]
fn a_skipped_row_does_not_make_a_later_one_a_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let t = table(
        &["Name", "Email", "Team"],
        &[
            &["Ann", "ann@example.org", ""],
            &["Ann", "Ann@Example.org", "Red"],
        ],
    );
    let plan = plan(&t, &spec(dir.path()), &BTreeSet::new()).unwrap();
    assert_eq!(codes(&plan), [(2, "empty_field")]);
    assert_eq!(plan.ready[0].row, 3);
    assert_eq!(plan.ready[0].address, "ann@example.org");
}

#[test]
fn markdown_bodies_escape_values_and_to_templates_quote_names() {
    let dir = tempfile::tempdir().unwrap();
    let t = table(
        &["Name", "Email", "Team"],
        &[&["Doe, <b>Jane</b>", "jane@example.org", "**Red**"]],
    );
    let spec = Spec {
        to: Some("{{Name}} <{{Email}}>"),
        markdown: true,
        ..spec(dir.path())
    };
    let plan = plan(&t, &spec, &BTreeSet::new()).unwrap();
    let ready = &plan.ready[0];
    assert_eq!(plan.found_by, FoundBy::Template);
    assert_eq!(plan.address_column, None);
    assert_eq!(
        ready.body,
        "Dear Doe, \\<b>Jane\\</b>,\n\nyour team: \\*\\*Red\\*\\*"
    );
    let html = crate::mail::markdown::to_html(&ready.body);
    assert!(html.contains("Doe, &lt;b&gt;Jane&lt;/b&gt;"), "{html}");
    assert!(
        html.contains("**Red**") && !html.contains("<strong>"),
        "{html}"
    );
    let to = crate::mail::parse_address_list("to", &ready.to).unwrap();
    assert_eq!(to.len(), 1, "{}", ready.to);
    assert_eq!(to[0].name.as_deref(), Some("Doe, <b>Jane</b>"));
    assert_eq!(
        ready.subject, "News for Doe, <b>Jane</b>",
        "headers are not HTML"
    );
}

#[test]
fn row_attachments_must_exist_inside_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("list");
    std::fs::create_dir_all(folder.join("letters")).unwrap();
    std::fs::write(folder.join("letters/ann.pdf"), b"%PDF").unwrap();
    std::fs::write(folder.join("common.txt"), b"x").unwrap();
    std::fs::write(dir.path().join("secret.txt"), b"x").unwrap();
    let t = table(
        &["Name", "Email", "Team", "Files"],
        &[
            &[
                "Ann",
                "ann@example.org",
                "Red",
                "letters/ann.pdf ; common.txt",
            ],
            &["Bob", "bob@example.org", "Red", "letters/bob.pdf"],
            &["Cy", "cy@example.org", "Red", "../secret.txt"],
            &["Dee", "dee@example.org", "Red", ""],
        ],
    );
    let common = [PathBuf::from("/elsewhere/flyer.pdf")];
    let spec = Spec {
        attach_column: Some(" files "),
        attachments: &common,
        ..spec(&folder)
    };
    let plan = plan(&t, &spec, &BTreeSet::new()).unwrap();
    assert_eq!(
        codes(&plan),
        [(3, "attachment_missing"), (4, "attachment_missing")]
    );
    assert!(plan.skipped[0].detail.contains("letters/bob.pdf"));
    assert!(plan.skipped[1].detail.contains("../secret.txt"));
    let ann = &plan.ready[0];
    assert_eq!(ann.attachments.len(), 3);
    assert_eq!(ann.attachments[0], common[0]);
    assert!(ann.attachments[1].ends_with("letters/ann.pdf"));
    assert_eq!(plan.ready[1].attachments, common);
}

#[test]
fn problems_of_the_whole_merge_stop_it() {
    let dir = tempfile::tempdir().unwrap();
    let no_addresses = table(&["Name", "Team"], &[&["Ann", "Red"]]);
    let e = plan(&no_addresses, &spec(dir.path()), &BTreeSet::new()).unwrap_err();
    assert_eq!(e, PlanError::NoAddressColumn);
    assert_eq!(e.code(), "no_address_column");
    let t = table(&["Name", "Email", "Team"], &[]);
    let bad_body = Spec {
        body: "Hi {{Nmae}}",
        ..spec(dir.path())
    };
    let e = plan(&t, &bad_body, &BTreeSet::new()).unwrap_err();
    assert_eq!(e.code(), "unknown_placeholder");
    assert!(e.message().contains("“Name”"), "{}", e.message());
    let bad_column = Spec {
        attach_column: Some("Fils"),
        ..spec(dir.path())
    };
    let e = plan(&t, &bad_column, &BTreeSet::new()).unwrap_err();
    assert_eq!(
        e,
        PlanError::UnknownColumn {
            name: "Fils".into(),
            closest: Some("Name".into())
        }
    );
    assert!(!e.message().is_empty());
}

#[test]
fn a_dry_run_checks_every_body_but_keeps_none() {
    let dir = tempfile::tempdir().unwrap();
    let t = table(
        &["Name", "Email", "Team"],
        &[
            &["Ann", "ann@example.org", "Red"],
            &["Bo", "bo@example.org", ""],
        ],
    );
    let kept = plan(&t, &spec(dir.path()), &BTreeSet::new()).unwrap();
    let checked = plan(
        &t,
        &Spec {
            keep_bodies: false,
            ..spec(dir.path())
        },
        &BTreeSet::new(),
    )
    .unwrap();
    // The same verdicts (Bo's empty team is still found in the body)…
    assert_eq!(codes(&kept), codes(&checked));
    assert_eq!(codes(&checked), [(3, "empty_field")]);
    assert_eq!(kept.ready[0].body, "Dear Ann,\n\nyour team: Red");
    // …and the same messages, without their bodies.
    assert_eq!(checked.ready[0].body, "");
    assert_eq!(checked.ready[0].subject, kept.ready[0].subject);
    assert_eq!(checked.ready[0].to, kept.ready[0].to);
}
