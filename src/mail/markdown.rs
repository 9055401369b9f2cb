//! Optional formatting: the user writes Markdown; the message carries that text as `text/plain`
//! (readable as it is) and its rendering as `text/html`. HTML typed into the text is shown as
//! text, never passed through, and only web, mail and phone links become links.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

/// `text` with the signature (below the `-- ` line) kept line by line: Markdown would join its
/// lines into one paragraph, so each gets a hard line break.
pub fn keep_signature_lines(text: &str) -> String {
    let separator = format!("\n{}\n", super::SIGNATURE_SEPARATOR);
    let Some(at) = text.rfind(&separator) else {
        return text.to_owned();
    };
    let (body, signature) = text.split_at(at + 1);
    let lines: Vec<&str> = signature.trim_end().lines().map(str::trim_end).collect();
    format!("{body}{}\n", lines.join("  \n"))
}

/// The HTML document for `markdown`.
pub fn to_html(markdown: &str) -> String {
    let markdown = &keep_signature_lines(markdown);
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES;
    let mut unsafe_link_depth = 0usize;
    let events = Parser::new_ext(markdown, options).filter_map(|event| match event {
        // Raw HTML in the source becomes visible text (escaped when rendered).
        Event::Html(text) | Event::InlineHtml(text) => Some(Event::Text(text)),
        Event::Start(Tag::Link { dest_url, .. }) if !safe_url(&dest_url) => {
            unsafe_link_depth += 1;
            None
        }
        Event::End(TagEnd::Link) if unsafe_link_depth > 0 => {
            unsafe_link_depth -= 1;
            None
        }
        // Images would be fetched from the web by the reader's client: shown as their text.
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        other => Some(other),
    });
    let mut body = String::new();
    html::push_html(&mut body, events);
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n{body}</body></html>\n"
    )
}

fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

#[cfg(test)]
mod tests {
    use super::to_html;

    #[test]
    fn renders_formatting_and_escapes_raw_html() {
        let html = to_html(
            "# Plan\n\n**bold** and *italic*, a [link](https://example.org) and a list:\n\n- one\n- two\n\n> quoted\n\n<script>alert(1)</script> <b>raw</b>\n\n[bad](javascript:alert(1)) ![img](https://tracker.example/p.png)",
        );
        for part in [
            "<h1>Plan</h1>",
            "<strong>bold</strong>",
            "<em>italic</em>",
            "<a href=\"https://example.org\">link</a>",
            "<li>one</li>",
            "<blockquote>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&lt;b&gt;raw&lt;/b&gt;",
        ] {
            assert!(html.contains(part), "{part} in {html}");
        }
        assert!(!html.contains("<script>") && !html.contains("<b>"));
        assert!(!html.contains("javascript:") && !html.contains("<img"));
        assert!(html.contains("bad"), "the link's text stays");
    }

    #[test]
    fn the_signature_keeps_its_lines() {
        let html = to_html("Hello **Bob**\n\n-- \nAda Lovelace\nAnalytical Engines\n");
        assert!(
            html.contains("Ada Lovelace<br />\nAnalytical Engines"),
            "{html}"
        );
    }
}
