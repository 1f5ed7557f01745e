//! The `convene` binary: `convene serve` (the default) runs the service; `convene migrate`
//! applies the database migrations and exits.

use clap::{Parser, Subcommand, ValueEnum};
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
    /// Log lines as human-readable text, or as one JSON object per line for a log
    /// collector. Either way: request id, method, masked path, status and latency, and
    /// never a secret token or a full address. `RUST_LOG` sets the levels.
    #[arg(long, global = true, env = "CONVENE_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    log_format: LogFormat,
    #[command(flatten)]
    config: Config,
}

#[derive(Clone, Copy, ValueEnum)]
enum LogFormat {
    Text,
    Json,
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
    let cli = Cli::parse();
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn"));
    match cli.log_format {
        LogFormat::Text => tracing_subscriber::fmt()
            // Colours only on a terminal, not in log files.
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout()))
            .with_env_filter(filter)
            .init(),
        LogFormat::Json => tracing_subscriber::fmt()
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .with_env_filter(filter)
            .init(),
    }
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
