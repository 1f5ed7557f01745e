//! A Python virtual environment under `target/` with pinned packages, made once and
//! made again only when the pinned list changes (used by the Schemathesis and DKIM
//! tests; `.ci/run` installs python3 and python3-venv).

use std::path::{Path, PathBuf};

/// `target/<name>` of the project.
pub fn venv_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join(name)
}

/// Creates `venv` with the packages of `requirements` (the text of a pinned
/// `requirements.txt`, named `label` in messages) unless it already has exactly them
/// and its `bin/<executable>`. Panics with what to install when Python is missing.
pub async fn ensure_venv(venv: &Path, requirements: &str, executable: &str, label: &str) {
    let stamp = venv.join("convene-requirements.txt");
    if venv.join("bin").join(executable).is_file()
        && std::fs::read_to_string(&stamp).is_ok_and(|installed| installed == requirements)
    {
        return;
    }
    println!("installing {label} into {}", venv.display());
    let status = tokio::process::Command::new("python3")
        .args(["-m", "venv", "--clear"])
        .arg(venv)
        .status()
        .await
        .unwrap_or_else(|e| {
            panic!("cannot run python3 ({e}): install Debian's python3 and python3-venv or run .ci/run")
        });
    assert!(
        status.success(),
        "python3 -m venv {} failed ({status}): on Debian, install python3-venv (or run .ci/run)",
        venv.display()
    );
    let file = venv.join("requirements.txt");
    std::fs::write(&file, requirements).expect("write requirements.txt");
    let status = tokio::process::Command::new(venv.join("bin").join("pip"))
        .args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-input",
            "-r",
        ])
        .arg(&file)
        .status()
        .await
        .expect("run pip");
    assert!(status.success(), "pip install -r {label} failed ({status})");
    std::fs::write(&stamp, requirements).expect("write the venv's stamp");
}
