use super::*;

fn account() -> Account {
    Account {
        name: "relay".into(),
        email: "ada@example.com".into(),
        display_name: "Ada".into(),
        daily_limit: Some(3),
        ..Account::default()
    }
}

#[tokio::test]
async fn a_merge_is_tagged_outbox_messages_that_pause_resume_and_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("list.csv");
    std::fs::write(
        &data,
        "Name,Email\nAnn,ann@example.org\nBob,not-an-address\nCy,cy@example.org\nDi,di@example.org\nEd,ed@example.org\n",
    )
    .unwrap();
    let request = MergeRequest {
        data,
        subject: "Hi {{Name}}".into(),
        body: "Dear {{Name}}".into(),
        per_minute: Some(60),
        start: Some(unix(SystemTime::now()) + 3600),
        ..MergeRequest::default()
    };
    let now = SystemTime::now();
    let prepared = prepare(dir.path(), &account(), &request, now)
        .await
        .unwrap();
    assert_eq!(prepared.plan.ready.len(), 4);
    assert_eq!(prepared.plan.skipped[0].row, 3);
    // A daily limit of 3: the fourth goes a day later.
    let times = &prepared.schedule.times;
    assert!(times[3] >= times[0] + 86_400, "{times:?}");
    let outbox = Outbox::open(dir.path()).unwrap();
    let id = queue(&outbox, &prepared, now).await.unwrap();
    let (metas, _) = outbox.list().unwrap();
    assert_eq!(metas.len(), 4);
    assert!(
        metas
            .iter()
            .all(|m| m.merge_id.as_deref() == Some(id.as_str()))
    );
    assert!(metas.iter().all(|m| m.recipients.len() == 1));
    let status = record::status(&outbox, &id, now).unwrap();
    assert_eq!(status.count(RowState::Scheduled), 4);
    assert_eq!(status.count(RowState::Skipped), 1);

    assert_eq!(record::pause(&outbox, &id).unwrap().changed, 4);
    let status = record::status(&outbox, &id, now).unwrap();
    assert_eq!(status.count(RowState::Held), 4);
    assert!(status.record.paused);
    assert_eq!(
        record::resume(&outbox, Some(&account()), &id, now)
            .unwrap()
            .changed,
        4
    );
    let status = record::status(&outbox, &id, now).unwrap();
    assert_eq!(status.count(RowState::Scheduled), 4);
    assert_eq!(record::cancel(&outbox, &id).unwrap().changed, 4);
    let status = record::status(&outbox, &id, now).unwrap();
    assert_eq!(status.count(RowState::Cancelled), 4);
    assert!(outbox.list().unwrap().0.is_empty());
    let csv = dir.path().join("report.csv");
    record::report(&outbox, &id, &csv, now).unwrap();
    let text = std::fs::read_to_string(csv).unwrap();
    assert!(
        text.starts_with("row,address,state,time,problem\n2,ann@example.org,cancelled"),
        "{text}"
    );
    assert_eq!(record::list(&outbox, now).len(), 1);
}
