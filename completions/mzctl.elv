
use builtin;
use str;

set edit:completion:arg-completer[mzctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'mzctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'mzctl'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand db 'Create, upgrade and inspect the database'
            cand audit 'The audit log of every change'
            cand import 'Bulk-load people, enrolments, deaths or organizations from CSV; list and undo batches'
            cand seed 'Generate a realistic synthetic city: people, enrolments, deaths, organizations, systems'
            cand demo 'Build a small synthetic city and run every capability on it'
            cand completions 'Print a shell completion script'
            cand man 'Write the man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;db'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database (or upgrade it) to the latest schema'
            cand status 'Show the backend, URL, schema version, pending migrations and row counts'
            cand migrate 'Apply pending migrations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;db;init'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;db;status'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;db;migrate'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand -n 'List the pending migrations without applying them'
            cand --dry-run 'List the pending migrations without applying them'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;db;help'= {
            cand init 'Create the database (or upgrade it) to the latest schema'
            cand status 'Show the backend, URL, schema version, pending migrations and row counts'
            cand migrate 'Apply pending migrations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;db;help;init'= {
        }
        &'mzctl;db;help;status'= {
        }
        &'mzctl;db;help;migrate'= {
        }
        &'mzctl;db;help;help'= {
        }
        &'mzctl;audit'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List recent changes, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;audit;list'= {
            cand --since 'Only entries at or after this time: YYYY-MM-DD, RFC 3339, or a span back from now (7d, 12h, 2w)'
            cand --limit 'At most this many entries'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;audit;help'= {
            cand list 'List recent changes, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;audit;help;list'= {
        }
        &'mzctl;audit;help;help'= {
        }
        &'mzctl;import'= {
            cand --delimiter 'Field delimiter [default: sniffed from the header line; tab for .tsv]'
            cand --encoding 'Input encoding; auto recognises UTF-8 (with or without BOM) and GB18030/GBK'
            cand --map 'Read column HEADER as FIELD (repeatable), e.g. --map 证件号=id_number'
            cand --rejects 'Where rejected rows go [default: FILE.rejects.csv, written only when a row is rejected]'
            cand --on-error 'On a rejected row: skip it (default) or abort the import, storing nothing'
            cand --max-errors 'Abort, storing nothing, when more than N rows are rejected'
            cand --mode 'insert: new keys only; upsert: insert or update by natural key; replace: upsert, then delete the rows the file does not hold'
            cand --batch-size 'Rows per committed chunk'
            cand --today 'The date validation takes as today (future birth dates are errors) [default: today]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lenient 'Store rows that break domain rules as they are, flagged, for `mzctl check` to find'
            cand -n 'Validate and count exactly what would change, writing nothing'
            cand --dry-run 'Validate and count exactly what would change, writing nothing'
            cand --resume 'Continue the interrupted batch of this file from its last committed line'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand batches 'List import batches, newest first'
            cand show 'Show one batch'
            cand undo 'Remove what a batch inserted and restore what it updated or deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;import;batches'= {
            cand --limit 'At most this many batches'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;import;show'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;import;undo'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand -n 'Count what would be removed and restored, changing nothing'
            cand --dry-run 'Count what would be removed and restored, changing nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;import;help'= {
            cand batches 'List import batches, newest first'
            cand show 'Show one batch'
            cand undo 'Remove what a batch inserted and restore what it updated or deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;import;help;batches'= {
        }
        &'mzctl;import;help;show'= {
        }
        &'mzctl;import;help;undo'= {
        }
        &'mzctl;import;help;help'= {
        }
        &'mzctl;seed'= {
            cand --region 'Province, prefecture or county code whose county-level units the people live in'
            cand --people 'Number of people'
            cand --seed 'Random seed: the same arguments give byte-identical files on any machine'
            cand --defects 'Share of records given one known defect (0–1), listed in manifest.json; 0 = clean data'
            cand --as-of 'The date the data describes [default: today]'
            cand --out 'Directory for the CSV files, logs/ and manifest.json [default: mzctl-seed, or a temporary directory with --into-db]'
            cand --headers 'Column headers: canonical English names, or the Chinese ones of real exports'
            cand --encoding 'File encoding'
            cand --systems 'Number of information systems in the inventory (with access logs)'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --into-db 'Load the records into the database through the import engine (leniently: injected defects are stored, flagged), one import batch per file'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;demo'= {
            cand --dir 'Directory for the synthetic city''s files [default: $XDG_DATA_HOME/mzctl/demo]'
            cand --people 'Number of people in the city'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;completions'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;man'= {
            cand --out 'Write every page (mzctl.1, mzctl-db.1, mzctl-db-init.1, …) into this directory; without it, print mzctl(1) on stdout'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;help'= {
            cand db 'Create, upgrade and inspect the database'
            cand audit 'The audit log of every change'
            cand import 'Bulk-load people, enrolments, deaths or organizations from CSV; list and undo batches'
            cand seed 'Generate a realistic synthetic city: people, enrolments, deaths, organizations, systems'
            cand demo 'Build a small synthetic city and run every capability on it'
            cand completions 'Print a shell completion script'
            cand man 'Write the man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;help;db'= {
            cand init 'Create the database (or upgrade it) to the latest schema'
            cand status 'Show the backend, URL, schema version, pending migrations and row counts'
            cand migrate 'Apply pending migrations'
        }
        &'mzctl;help;db;init'= {
        }
        &'mzctl;help;db;status'= {
        }
        &'mzctl;help;db;migrate'= {
        }
        &'mzctl;help;audit'= {
            cand list 'List recent changes, newest first'
        }
        &'mzctl;help;audit;list'= {
        }
        &'mzctl;help;import'= {
            cand batches 'List import batches, newest first'
            cand show 'Show one batch'
            cand undo 'Remove what a batch inserted and restore what it updated or deleted'
        }
        &'mzctl;help;import;batches'= {
        }
        &'mzctl;help;import;show'= {
        }
        &'mzctl;help;import;undo'= {
        }
        &'mzctl;help;seed'= {
        }
        &'mzctl;help;demo'= {
        }
        &'mzctl;help;completions'= {
        }
        &'mzctl;help;man'= {
        }
        &'mzctl;help;help'= {
        }
    ]
    $completions[$command]
}
