//! Running the App's tasks in tests: the screens' tasks run for real; window management (which
//! needs a display) is left out.

use iced::Task;
use iced::futures::StreamExt;
use iced_test::runtime::Action;
use outpost::gui::app::{App, Message};

/// Runs a task to completion and returns the messages it produced.
pub async fn outputs(task: Task<Message>) -> Vec<Message> {
    let Some(stream) = iced_test::runtime::task::into_stream(task) else {
        return vec![];
    };
    stream
        .filter_map(|action| async move {
            match action {
                Action::Output(m) => Some(m),
                _ => None,
            }
        })
        .collect()
        .await
}

/// Feeds messages to the app, and everything their tasks produce, until nothing is left. The
/// tasks of one round run at the same time, as they do in the app (a tick's flush and a compose
/// window's send overlap).
#[allow(dead_code)]
pub async fn drive_together(app: &mut App, messages: Vec<Message>) {
    let mut pending = messages;
    while !pending.is_empty() {
        let tasks: Vec<Task<Message>> = pending.drain(..).map(|m| app.update(m)).collect();
        let results = iced::futures::future::join_all(tasks.into_iter().map(outputs)).await;
        pending = results.into_iter().flatten().collect();
    }
}

/// A throwaway home with one account, "relay", on 127.0.0.1:`port` (plain, no sign-in).
#[allow(dead_code)]
pub fn home_with_account(port: u16) -> super::peers::TestHome {
    let home = super::peers::TestHome::new();
    std::fs::create_dir_all(home.config_dir()).unwrap();
    std::fs::write(
        home.config_dir().join("config.toml"),
        format!(
            "[[account]]\nname = \"relay\"\nemail = \"ada@example.com\"\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\nauth = \"none\"\ndefault = true\n"
        ),
    )
    .unwrap();
    home
}
