//! The signature under the text: shown in the editor, so the user sees what is sent, and swapped
//! when another From address is picked.

use iced::widget::text_editor;

use super::Compose;

impl Compose {
    /// The text without the account's signature block (a new message holds only that).
    pub(super) fn own_text(&self) -> String {
        let text = self.body.text();
        let signature = self.current_signature();
        if signature.trim().is_empty() {
            return text;
        }
        text.replace(&signature_block(&signature), "")
    }

    /// Puts the account's signature under the text of a new message, so the user sees what is sent.
    pub fn add_signature(&mut self) {
        let signature = self.current_signature();
        if signature.trim().is_empty() {
            return;
        }
        let text = self.body.text();
        if !text.contains(&signature_block(&signature)) {
            self.body = text_editor::Content::with_text(&format!(
                "{}{}",
                text.trim_end(),
                signature_block(&signature)
            ));
            // The formatting preview shows what is sent: the signature too.
            self.refresh_preview();
        }
    }

    /// Another account was picked: its signature replaces the previous one, if that is still there.
    pub(super) fn swap_signature(&mut self, old: &str, new: &str) {
        let text = self.body.text();
        let old_block = signature_block(old);
        let base = if !old.trim().is_empty() && text.ends_with(&old_block) {
            text[..text.len() - old_block.len()].to_owned()
        } else if old.trim().is_empty() {
            text.clone()
        } else {
            return;
        };
        let next = if new.trim().is_empty() {
            base
        } else {
            format!("{}{}", base.trim_end(), signature_block(new))
        };
        if next != text {
            self.body = text_editor::Content::with_text(&next);
            self.refresh_preview();
        }
    }

    /// The signature of the From address in use.
    pub(super) fn current_signature(&self) -> String {
        match (self.selected(), self.sender_address()) {
            (Some(a), Some((_, email))) => a.signature_for(&email).to_owned(),
            _ => String::new(),
        }
    }
}

/// The signature block as it stands under the text.
fn signature_block(signature: &str) -> String {
    format!(
        "\n\n{}\n{}\n",
        crate::mail::SIGNATURE_SEPARATOR,
        signature.trim_end()
    )
}
