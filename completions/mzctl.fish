# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_mzctl_global_optspecs
    string join \n db= format= json q/quiet color= y/yes h/help V/version
end

function __fish_mzctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_mzctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_mzctl_using_subcommand
    set -l cmd (__fish_mzctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c mzctl -n "__fish_mzctl_needs_command" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_needs_command" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_needs_command" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_needs_command" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_needs_command" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "db" -d 'Create, upgrade and inspect the database'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "audit" -d 'The audit log of every change'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "import" -d 'Bulk-load people, enrolments, deaths or organizations from CSV; list and undo batches'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "seed" -d 'Generate a realistic synthetic city: people, enrolments, deaths, organizations, systems'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "demo" -d 'Build a small synthetic city and run every capability on it'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "man" -d 'Write the man pages'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate help" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate help" -f -a "init" -d 'Create the database (or upgrade it) to the latest schema'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate help" -f -a "status" -d 'Show the backend, URL, schema version, pending migrations and row counts'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate help" -f -a "migrate" -d 'Apply pending migrations'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s n -l dry-run -d 'List the pending migrations without applying them'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the database (or upgrade it) to the latest schema'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the backend, URL, schema version, pending migrations and row counts'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Apply pending migrations'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List recent changes, newest first'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only entries at or after this time: YYYY-MM-DD, RFC 3339, or a span back from now (7d, 12h, 2w)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'At most this many entries' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List recent changes, newest first'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l delimiter -d 'Field delimiter [default: sniffed from the header line; tab for .tsv]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l encoding -d 'Input encoding; auto recognises UTF-8 (with or without BOM) and GB18030/GBK' -r -f -a "auto\t''
utf-8\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l map -d 'Read column HEADER as FIELD (repeatable), e.g. --map 证件号=id_number' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l rejects -d 'Where rejected rows go [default: FILE.rejects.csv, written only when a row is rejected]' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l on-error -d 'On a rejected row: skip it (default) or abort the import, storing nothing' -r -f -a "skip\t''
abort\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l max-errors -d 'Abort, storing nothing, when more than N rows are rejected' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l mode -d 'insert: new keys only; upsert: insert or update by natural key; replace: upsert, then delete the rows the file does not hold' -r -f -a "insert\t''
upsert\t''
replace\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l batch-size -d 'Rows per committed chunk' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l today -d 'The date validation takes as today (future birth dates are errors) [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l lenient -d 'Store rows that break domain rules as they are, flagged, for `mzctl check` to find'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -s n -l dry-run -d 'Validate and count exactly what would change, writing nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l resume -d 'Continue the interrupted batch of this file from its last committed line'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -a "batches" -d 'List import batches, newest first'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -a "show" -d 'Show one batch'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -a "undo" -d 'Remove what a batch inserted and restore what it updated or deleted'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -l limit -d 'At most this many batches' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -s n -l dry-run -d 'Count what would be removed and restored, changing nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "batches" -d 'List import batches, newest first'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one batch'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "undo" -d 'Remove what a batch inserted and restore what it updated or deleted'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l region -d 'Province, prefecture or county code whose county-level units the people live in' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l people -d 'Number of people' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l seed -d 'Random seed: the same arguments give byte-identical files on any machine' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l defects -d 'Share of records given one known defect (0–1), listed in manifest.json; 0 = clean data' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l as-of -d 'The date the data describes [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l out -d 'Directory for the CSV files, logs/ and manifest.json [default: mzctl-seed, or a temporary directory with --into-db]' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l headers -d 'Column headers: canonical English names, or the Chinese ones of real exports' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l encoding -d 'File encoding' -r -f -a "utf-8\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l systems -d 'Number of information systems in the inventory (with access logs)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l into-db -d 'Load the records into the database through the import engine (leniently: injected defects are stored, flagged), one import batch per file'
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l dir -d 'Directory for the synthetic city\'s files [default: $XDG_DATA_HOME/mzctl/demo]' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l people -d 'Number of people in the city' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -l out -d 'Write every page (mzctl.1, mzctl-db.1, mzctl-db-init.1, …) into this directory; without it, print mzctl(1) on stdout' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -s h -l help -d 'Print help'
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import seed demo completions man help" -f -a "db" -d 'Create, upgrade and inspect the database'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import seed demo completions man help" -f -a "audit" -d 'The audit log of every change'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import seed demo completions man help" -f -a "import" -d 'Bulk-load people, enrolments, deaths or organizations from CSV; list and undo batches'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import seed demo completions man help" -f -a "seed" -d 'Generate a realistic synthetic city: people, enrolments, deaths, organizations, systems'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import seed demo completions man help" -f -a "demo" -d 'Build a small synthetic city and run every capability on it'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import seed demo completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import seed demo completions man help" -f -a "man" -d 'Write the man pages'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import seed demo completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "init" -d 'Create the database (or upgrade it) to the latest schema'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Show the backend, URL, schema version, pending migrations and row counts'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply pending migrations'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List recent changes, newest first'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "batches" -d 'List import batches, newest first'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "show" -d 'Show one batch'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "undo" -d 'Remove what a batch inserted and restore what it updated or deleted'
