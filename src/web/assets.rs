//! The files under `static/`, built into the binary so that it runs from anywhere, and
//! served under two names: the plain one (`/static/convene.css`, cached for an hour) and
//! one carrying the first 10 hex digits of the content's SHA-256
//! (`/static/convene.3f2a9c01be.css`, cached for a year as `immutable`). Pages link the
//! hashed names, so a browser fetches each asset once per release and never a stale one.

use std::sync::LazyLock;

use actix_web::{web, HttpResponse};
use sha2::{Digest, Sha256};

/// One built-in asset.
#[derive(Debug)]
pub struct Asset {
    /// Plain file name (`convene.css`).
    pub name: &'static str,
    /// File name with the content hash before the extension (`convene.3f2a9c01be.css`).
    pub hashed_name: String,
    /// `Content-Type`.
    pub content_type: &'static str,
    /// The file.
    pub body: &'static str,
}

/// (name, content type, content) of the files under `static/`.
const FILES: [(&str, &str, &str); 3] = [
    (
        "convene.css",
        "text/css; charset=utf-8",
        include_str!("../../static/convene.css"),
    ),
    (
        "convene.js",
        "text/javascript; charset=utf-8",
        include_str!("../../static/convene.js"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_str!("../../static/favicon.svg"),
    ),
];

/// The assets, hashed once at first use.
static ASSETS: LazyLock<Vec<Asset>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|&(name, content_type, body)| {
            let digest = Sha256::digest(body.as_bytes());
            let hash: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
            let hashed_name = match name.rsplit_once('.') {
                Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
                None => format!("{name}.{hash}"),
            };
            Asset {
                name,
                hashed_name,
                content_type,
                body,
            }
        })
        .collect()
});

/// The address pages link for the asset named `name` (`/static/convene.3f2a9c01be.css`);
/// the plain address for a name that is not an asset (a mistake the tests would show).
pub fn url(name: &str) -> String {
    match ASSETS.iter().find(|a| a.name == name) {
        Some(a) => format!("/static/{}", a.hashed_name),
        None => format!("/static/{name}"),
    }
}

/// `GET /static/{file}`: an asset by its hashed name (a year, `immutable`) or its plain
/// name (an hour); anything else is the 404 page.
pub async fn static_file(file: web::Path<String>) -> HttpResponse {
    let file = file.as_str();
    let found = ASSETS.iter().find_map(|a| {
        if a.hashed_name == file {
            Some((a, "public, max-age=31536000, immutable"))
        } else if a.name == file {
            Some((a, "public, max-age=3600"))
        } else {
            None
        }
    });
    match found {
        Some((asset, cache)) => HttpResponse::Ok()
            .content_type(asset.content_type)
            .insert_header(("Cache-Control", cache))
            .body(asset.body),
        None => super::not_found().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_carry_ten_hex_digits_of_the_content_hash() {
        let css = url("convene.css");
        let hash = css
            .strip_prefix("/static/convene.")
            .and_then(|rest| rest.strip_suffix(".css"))
            .unwrap_or_default();
        assert_eq!(hash.len(), 10, "{css}");
        assert!(hash.chars().all(|c| c.is_ascii_hexdigit()), "{css}");
        assert_ne!(url("convene.js"), "/static/convene.js");
        assert_eq!(url("missing.css"), "/static/missing.css");
    }
}
