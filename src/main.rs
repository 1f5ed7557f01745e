//! The `convene` binary: `convene serve` (the default) runs the service; `convene migrate`
//! applies the database migrations and exits.

use clap::{Parser, Subcommand};
use convene::config::Config;
use convene::startup::{prepare_database, Application};
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    name = "convene",
    version,
    about = "Meeting-scheduling polls that get time zones right"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    config: Config,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web service and the mail worker (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        // Colours only on a terminal, not in log files.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout()))
        .with_env_filter(
            EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn")),
        )
        .init();
    let cli = Cli::parse();
    match cli.command.unwrap_or(Command::Serve) {
        Command::Migrate => {
            let config = cli.config;
            config.validate()?;
            tokio::task::spawn_blocking(move || prepare_database(&config)).await??;
            tracing::info!("database is up to date");
            Ok(())
        }
        Command::Serve => {
            let app = Application::build(cli.config).await?;
            tracing::info!(url = %app.base_url(), "Convene is running; open this address in a browser");
            app.run_until_stopped().await
        }
    }
}
