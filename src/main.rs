//! `mzctl`: parse → run → exit code. Everything else lives in the library.
fn main() -> std::process::ExitCode {
    mzctl::cli::main()
}
