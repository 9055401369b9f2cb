//! The window icon: the 64 px app icon PNG, decoded with the small `png` crate (iced's own
//! `from_file_data` needs its heavy `image` feature).

use iced::window::{self, icon};

/// The 64 px rendering of `assets/icons/outpost.svg`.
const ICON_PNG: &[u8] =
    include_bytes!("../../assets/icons/hicolor/64x64/apps/io.github.outpost_mail.Outpost.png");

/// The app icon for a window, or `None` if it cannot be decoded (the window then has none).
pub fn window_icon() -> Option<window::Icon> {
    let (rgba, width, height) = decode_rgba(ICON_PNG)?;
    icon::from_rgba(rgba, width, height).ok()
}

/// Decodes a PNG to 8-bit RGBA pixels.
fn decode_rgba(data: &[u8]) -> Option<(Vec<u8>, u32, u32)> {
    let mut decoder = png::Decoder::new(data);
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut buf).ok()?;
    buf.truncate(frame.buffer_size());
    let rgba = match frame.color_type {
        png::ColorType::Rgba => buf,
        png::ColorType::Rgb => buf
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 0xff])
            .collect(),
        png::ColorType::GrayscaleAlpha => buf
            .chunks_exact(2)
            .flat_map(|p| [p[0], p[0], p[0], p[1]])
            .collect(),
        png::ColorType::Grayscale => buf.iter().flat_map(|&g| [g, g, g, 0xff]).collect(),
        png::ColorType::Indexed => return None,
    };
    Some((rgba, frame.width, frame.height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icon_decodes_to_64px_rgba() {
        let (rgba, width, height) = decode_rgba(ICON_PNG).expect("icon PNG decodes");
        assert_eq!((width, height), (64, 64));
        assert_eq!(rgba.len(), 64 * 64 * 4);
        // The corners are transparent, the centre is not.
        assert_eq!(rgba[3], 0);
        assert_eq!(rgba[(32 * 64 + 32) * 4 + 3], 0xff);
        assert!(window_icon().is_some());
    }
}
