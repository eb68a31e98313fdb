# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_mzctl_global_optspecs
    string join \n db= format= csv-encoding= json q/quiet color= lang= csv-headers= y/yes h/help V/version
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
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_needs_command" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_needs_command" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_needs_command" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_needs_command" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_needs_command" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_needs_command" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "db" -d 'Create, upgrade and inspect the database'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "audit" -d 'The audit log of every change'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "import" -d 'Bulk-load people, enrolments, deaths or organizations from CSV; list and undo batches'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "region" -d 'Region codes (GB/T 2260) and their history: look up, resolve, diff, validate, import'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "place" -d 'Placenames (地名) with their 20-digit codes'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "check" -d 'Data-quality checks: the rule catalogue, stored runs, findings, diffs and safe fixes'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "systems" -d 'The information-system inventory: register, measure use, find zombies, retire them'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "person" -d 'One person\'s whole record (全息查询), and finding a person by name'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "death" -d 'After a death (身后一件事): end the benefits, recover what was overpaid, revoke certificates'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "payments" -d 'Payments against the register (三单合一): the should-pay list of a month'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "cert" -d 'Signed e-certificates (电子证照): issuers and keys, types, issuing, offline verification, revocation'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "report" -d 'Write the supervisor\'s report: one self-contained HTML page with charts (or an xlsx)'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "seed" -d 'Generate a realistic synthetic city: people, enrolments, deaths, organizations, systems'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "demo" -d 'Build a small synthetic city and run every capability on it'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "man" -d 'Write the man pages'
complete -c mzctl -n "__fish_mzctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -f -a "init" -d 'Create the database (or upgrade it) to the latest schema'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -f -a "status" -d 'Show the backend, URL, schema version, pending migrations and row counts'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -f -a "migrate" -d 'Apply pending migrations'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -f -a "distribute" -d 'Spread an existing database\'s tables over the Citus cluster it is the coordinator of'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and not __fish_seen_subcommand_from init status migrate distribute help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -l distributed -d 'Spread the tables over the Citus cluster (done anyway when the database has the citus extension; with this flag a database without it is an error)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s n -l dry-run -d 'List the pending migrations without applying them'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from distribute" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from distribute" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from distribute" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from distribute" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from distribute" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from distribute" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from distribute" -s n -l dry-run -d 'List what would be distributed without changing anything'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from distribute" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from distribute" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from distribute" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from distribute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from distribute" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the database (or upgrade it) to the latest schema'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the backend, URL, schema version, pending migrations and row counts'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Apply pending migrations'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "distribute" -d 'Spread an existing database\'s tables over the Citus cluster it is the coordinator of'
complete -c mzctl -n "__fish_mzctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List recent changes, newest first'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only entries at or after this time: YYYY-MM-DD, RFC 3339, or a span back from now (7d, 12h, 2w)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'At most this many entries' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List recent changes, newest first'
complete -c mzctl -n "__fish_mzctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l delimiter -d 'Field delimiter [default: sniffed from the header line; tab for .tsv]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l sheet -d 'The sheet of an .xlsx/.xls/.ods file [default: the first]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l encoding -d 'Input encoding; auto recognises UTF-8 (with or without BOM) and GB18030/GBK' -r -f -a "auto\t''
utf-8\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l map -d 'Read column HEADER as FIELD (repeatable), e.g. --map 证件号=id_number' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l rejects -d 'Where rejected rows go [default: FILE.rejects.csv, written only when a row is rejected, in the input\'s encoding (UTF-8 with a BOM for a workbook) unless --csv-encoding says otherwise]' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l on-error -d 'On a rejected row: skip it (default) or abort the import, storing nothing' -r -f -a "skip\t''
abort\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l max-errors -d 'Abort, storing nothing, when more than N rows are rejected' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l mode -d 'insert: new keys only; upsert: insert or update by natural key; replace: upsert, then delete the rows the file does not hold' -r -f -a "insert\t''
upsert\t''
replace\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l batch-size -d 'Rows per committed chunk [default: 50,000, or a sixteenth of the file\'s rows when more; into an empty table, the whole file, sorted by key, in one transaction]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l max-field -d 'A field longer than this rejects its row (K, M, G suffixes; binary units)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l max-unpacked -d 'A spreadsheet whose parts unpack to more than this is refused unread' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l max-ratio -d 'A spreadsheet part that unpacks to more than N times its packed size is refused' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l today -d 'The date validation takes as today (future birth dates are errors) [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l lenient -d 'Store rows that break domain rules as they are, flagged, for `mzctl check` to find'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -s n -l dry-run -d 'Validate and count exactly what would change, writing nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l resume -d 'Continue the interrupted batch of this file from its last committed line'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l apply -d 'deaths: then apply the recorded deaths as `mzctl death apply` does (as of today, ending enrolments at the end of the month of death); off a terminal it needs --yes'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -a "batches" -d 'List import batches, newest first'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -a "show" -d 'Show one batch, or the rows it rejected (--rejects), split by district if asked'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -a "undo" -d 'Remove what a batch inserted and restore what it updated or deleted'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and not __fish_seen_subcommand_from batches show undo help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -l limit -d 'At most this many batches' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from batches" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l rejects-file -d 'The rejects file, when the import was given --rejects [default: FILE.rejects.csv]' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l split-by -d 'Write one Excel workbook of rejects per district (区县) into --out DIR, to send back' -r -f -a "district\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l out -d 'The directory of the workbooks' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l rejects -d 'The rows the batch rejected, read back from its rejects file'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l unmask -d 'Keep ID numbers and phones whole in the workbooks (recorded in the audit log)'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -s n -l dry-run -d 'Count what would be removed and restored, changing nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from undo" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "batches" -d 'List import batches, newest first'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one batch, or the rows it rejected (--rejects), split by district if asked'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "undo" -d 'Remove what a batch inserted and restore what it updated or deleted'
complete -c mzctl -n "__fish_mzctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -f -a "show" -d 'What a code is: name, level, path, status, years, predecessors and successors'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -f -a "list" -d 'Units in a year, by level and/or parent'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -f -a "tree" -d 'The units under a code, as a tree'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -f -a "search" -d 'Find units by name, short name, or pinyin (full or initials)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -f -a "resolve" -d 'What a code meant in a year, and what it is today'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -f -a "history" -d 'Every unit that ever held a code, and the changes to and from it'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -f -a "diff" -d 'What changed between the lists of two years'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -f -a "validate" -d 'Check a CSV column of region codes: current, retired, unknown or malformed'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -f -a "import" -d 'Load a newer official list into the database and record its changes'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -f -a "export" -d 'Print the list of a year (CSV by default off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -f -a "sync" -d 'Write the built-in versions and changes into the database, for SQL joins'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and not __fish_seen_subcommand_from show list tree search resolve history diff validate import export sync help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from show" -l at -d 'The unit that held the code in this year (or date) [default: today\'s, else the last]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from show" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from show" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from show" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from show" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from show" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -l parent -d 'Only units directly under this code' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -l level -d 'Only units of this level' -r -f -a "province\t''
prefecture\t''
county\t''
township\t''
village\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -l at -d 'Units in use in this year (or date) [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from tree" -l depth -d 'Levels below the root to show (0 = the root only)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from tree" -l at -d 'The tree as it stood in this year (or date) [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from tree" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from tree" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from tree" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from tree" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from tree" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from tree" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from tree" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from tree" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from tree" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from tree" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from tree" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from search" -l at -d 'Units in use in this year (or date) [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from search" -l limit -d 'At most this many hits, best first (0 = all)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from search" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from search" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from search" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from search" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from search" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from search" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from search" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from search" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from search" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from resolve" -l at -d 'The year (or date) the code is from [default: its latest holder]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from resolve" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from resolve" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from resolve" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from resolve" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from resolve" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from resolve" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from resolve" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from resolve" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from resolve" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from history" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from history" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from history" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from history" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from history" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from history" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from history" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from history" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from diff" -l from -d 'The year of the list to compare from (later than --to compares backwards in time)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from diff" -l to -d 'The year of the list to compare with [default: the latest]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from diff" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from diff" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from diff" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from diff" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from diff" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from diff" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from diff" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from diff" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -l column -d 'The column holding the codes: its header, or its number counting from 1' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -l at -d 'Judge against the lists of this year (or date) instead of today\'s' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -l for-id -d 'The ID-number rule: any code ever valid in an MCA list or a GB/T 2260 edition (retired codes and XXXX01 市辖区 included) passes, as an ID number\'s address code never changes'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from import" -l version -d 'The year the list describes (as at 31 December)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from import" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from import" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from import" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from import" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from import" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from import" -s n -l dry-run -d 'Show the changes; store nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from import" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from import" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from export" -l at -d 'The list as at the end of this year (or date) [default: the latest]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from export" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from export" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from export" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from export" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from export" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from export" -l all -d 'Every source, not just the MCA county-and-above list: GB/T 2260-only codes, NBS statistical codes, and the townships and villages of Guangzhou, Wuhan and Shanghai'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from export" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from export" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from sync" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from sync" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from sync" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from sync" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from sync" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from sync" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from sync" -l force -d 'Rewrite the data even when the database already has it'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from sync" -s n -l dry-run -d 'Say whether anything would be written; write nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from sync" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from sync" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "show" -d 'What a code is: name, level, path, status, years, predecessors and successors'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "list" -d 'Units in a year, by level and/or parent'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "tree" -d 'The units under a code, as a tree'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "search" -d 'Find units by name, short name, or pinyin (full or initials)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'What a code meant in a year, and what it is today'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "history" -d 'Every unit that ever held a code, and the changes to and from it'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "diff" -d 'What changed between the lists of two years'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check a CSV column of region codes: current, retired, unknown or malformed'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "import" -d 'Load a newer official list into the database and record its changes'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "export" -d 'Print the list of a year (CSV by default off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Write the built-in versions and changes into the database, for SQL joins'
complete -c mzctl -n "__fish_mzctl_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -f -a "add" -d 'Add a placename (prompts on a terminal for what is missing)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -f -a "import" -d 'Load placenames from a CSV file (all rows or none)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -f -a "show" -d 'One placename by its 20-digit code'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -f -a "search" -d 'Find placenames by name, alias or pinyin'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -f -a "list" -d 'List placenames by region, category and status'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -f -a "export" -d 'Write placenames as CSV (the columns `place import` reads) or JSON'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -f -a "retire" -d 'Mark a placename historical (abolished)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and not __fish_seen_subcommand_from add import show search list export retire help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l name -d 'Standard name (标准名称)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l category -d 'Category: a GB/T 18521 code (22100 or 221) or name (城镇居民点); see --help' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l region -d 'Where it lies: a 9-digit township code, or a 6-digit county code (township 000)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l code -d 'The 20-digit code, when it has one already [default: the next free sequence]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l alias -d 'Another name (别名, 简称); repeat for several' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l pinyin -d 'Romanized spelling [default: generated; give it when a character is read differently]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l lon -d 'Longitude in degrees east (CGCS2000)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l lat -d 'Latitude in degrees north (CGCS2000)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l meaning -d 'What the name means and where it comes from (含义)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l history -d 'History (历史沿革)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l set-up -d 'Year it was set up or named' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l abolished -d 'Year it was abolished (records a historical place)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -s n -l dry-run -d 'Check and show the record; store nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from import" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from import" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from import" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from import" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from import" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from import" -s n -l dry-run -d 'Check every row and report; store nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from import" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from import" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from show" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from show" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from show" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from show" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from show" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -l category -d 'Only this category and those under it (code or name)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -l region -d 'Only places in this region (province, prefecture, county or township code)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -l status -d 'Which records' -r -f -a "current\t''
historical\t''
all\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -l region -d 'Only places in this region (province, prefecture, county or township code)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -l category -d 'Only this category and those under it (code or name)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -l status -d 'Which records' -r -f -a "current\t''
historical\t''
all\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -l region -d 'Only places in this region (province, prefecture, county or township code)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -l category -d 'Only this category and those under it (code or name)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -l status -d 'Which records' -r -f -a "current\t''
historical\t''
all\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from retire" -l year -d 'The year it was abolished [default: this year]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from retire" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from retire" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from retire" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from retire" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from retire" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from retire" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from retire" -s n -l dry-run -d 'Show the record as it would be; change nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from retire" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from retire" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from retire" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from retire" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from retire" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a placename (prompts on a terminal for what is missing)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "import" -d 'Load placenames from a CSV file (all rows or none)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "show" -d 'One placename by its 20-digit code'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "search" -d 'Find placenames by name, alias or pinyin'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "list" -d 'List placenames by region, category and status'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write placenames as CSV (the columns `place import` reads) or JSON'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "retire" -d 'Mark a placename historical (abolished)'
complete -c mzctl -n "__fish_mzctl_using_subcommand place; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -f -a "list" -d 'The rule catalogue: id, severity, scope and title of every rule'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -f -a "explain" -d 'What a rule finds, why it matters, how to fix it, an example'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -f -a "run" -d 'Run the rules on the stored records; store the run and its findings'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -f -a "runs" -d 'The stored runs, newest first: when, as of, scope, rules, counts'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -f -a "findings" -d 'The findings of a run (the latest by default), filtered and paged'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -f -a "diff" -d 'New, resolved and persisting findings per rule between two runs, over what both covered'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -f -a "file" -d 'Run the per-record rules on a CSV file before importing it; nothing is written'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -f -a "fix" -d 'Apply the safe automatic fixes (normalizations, retired codes with one successor)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -f -a "fixes" -d 'The values `check fix` changed, newest first: when, by whom, before and after'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and not __fish_seen_subcommand_from list explain run runs findings diff file fix fixes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from list" -l rule -d 'Only rules matching this glob (e.g. \'id.*\')' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from list" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from list" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from list" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from list" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from explain" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from explain" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from explain" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from explain" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from explain" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from explain" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from explain" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from explain" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from explain" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from explain" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l rule -d 'Only rules matching this glob (repeatable), e.g. --rule \'id.*\' --rule death.still_enrolled' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l region -d 'Only records of this region and everything under it (e.g. 440103, or 440100 for the city)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l program -d 'Only enrolments of this program (dibao, tekun, elder_allowance, youfu)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l as-of -d 'The date payments and ages are checked at [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l rules -d 'Rule settings (TOML): enable, disable, grace_months, exclusive pairs, head_programs, head_min_age, [ages], [programs.NAME]' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l fail-on -d 'Exit 3 on a finding of severity error (the default), of warning or worse, on more than N findings, or never' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l by -d 'Also print the findings as a district × rule matrix with totals and the overpaid amount (as `check findings --summary --by district,rule`)' -r -f -a "district\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -s j -l jobs -d 'Connections that read and check the record tables side by side [default: one per core]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l memory-limit -d 'Memory the run may use: beyond a quarter of it, what it gathers goes to temporary files (K, M or G) [default: 256M]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l timings -d 'Print the time each rule took on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from runs" -l limit -d 'At most this many runs, newest first' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from runs" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from runs" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from runs" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from runs" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from runs" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from runs" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from runs" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from runs" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from runs" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from runs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from runs" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l rule -d 'Only findings of rules matching this glob (repeatable)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l region -d 'Only findings in this region, everything under it and the retired codes it took in' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l severity -d 'Only findings of this severity or worse (warning leaves out the info-level notes)' -r -f -a "error\t''
warning\t''
info\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l by -d 'What --summary breaks the counts down by: district, rule, or both (a matrix)' -r -f -a "district\t''
rule\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l limit -d 'At most this many findings' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l offset -d 'Skip this many findings first' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l split-by -d 'Write Excel work lists into --out DIR: one per district (区县, retired codes rolled up), or one per street (街道/镇) in a folder per district' -r -f -a "district\t'One workbook per district (区县): DIR/工作清单_<district>.xlsx'
street\t'One workbook per street (街道/镇) in a folder per district: DIR/<district>/工作清单_<district>_<street>.xlsx (未识别街道 where the address names none)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l out -d 'The directory of the work lists' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l summary -d 'Counts (and the overpaid amount) instead of the list, broken down by --by'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l unmask -d 'Show ID numbers in full in csv and json output (recorded in the audit log)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from findings" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from diff" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from diff" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from diff" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from diff" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from diff" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from diff" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from diff" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from diff" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -l rule -d 'Only rules matching this glob (repeatable)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -l as-of -d 'The date birth dates are checked against [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -l rules -d 'Rule settings (TOML): enable, disable' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -l fail-on -d 'Exit 3 on a finding of severity error (the default), of warning or worse, on more than N findings, or never' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -l rows -d 'List every finding (line, field, value, rule, message) instead of the summary by rule'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from file" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -l rule -d 'Only fixes for rules matching this glob (repeatable) [default: every rule with an auto fix]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -l as-of -d 'The date ID birth dates are checked against [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -s n -l dry-run -d 'List what would change, changing nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fix" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -l limit -d 'At most this many changes' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -l offset -d 'Skip this many changes first' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -l unmask -d 'Show ID numbers in full in csv and json output (recorded in the audit log)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from fixes" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "list" -d 'The rule catalogue: id, severity, scope and title of every rule'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "explain" -d 'What a rule finds, why it matters, how to fix it, an example'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the rules on the stored records; store the run and its findings'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "runs" -d 'The stored runs, newest first: when, as of, scope, rules, counts'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "findings" -d 'The findings of a run (the latest by default), filtered and paged'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "diff" -d 'New, resolved and persisting findings per rule between two runs, over what both covered'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "file" -d 'Run the per-record rules on a CSV file before importing it; nothing is written'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "fix" -d 'Apply the safe automatic fixes (normalizations, retired codes with one successor)'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "fixes" -d 'The values `check fix` changed, newest first: when, by whom, before and after'
complete -c mzctl -n "__fish_mzctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -f -a "add" -d 'Register a system (prompts on a terminal for what is missing)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -f -a "import" -d 'Load the inventory from CSV through the import engine (canonical or Chinese headers)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -f -a "list" -d 'List registered systems'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -f -a "show" -d 'One system: its fields, activity, latest scan and retirement steps'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -f -a "edit" -d 'Change fields of a system'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -f -a "activity" -d 'Record use: ingest access logs, record other activity'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -f -a "probe" -d 'Check that systems answer: HTTP(S) status, latency and certificate expiry, TCP connects'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -f -a "scan" -d 'Classify every system as active, idle or zombie by the policy, and store the scan'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -f -a "policy" -d 'The scan policy'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -f -a "retire" -d 'Record the next retirement step of a system (suspected → … → retired)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -f -a "report" -d 'Systems and resources per department, vendor or state: reclaimable and reclaimed'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and not __fish_seen_subcommand_from add import list show edit activity probe scan policy retire report help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l name -d 'System name (系统名称)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l department -d 'Department in charge (主管部门)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l owner -d 'Owner (负责人)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l contact -d 'Owner\'s contact' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l tags -d 'Function tags, ;-separated (a tag shared with an active system marks a duplicate)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l purpose -d 'What the system does (功能), as the clean-up register states it' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l approved-by -d 'The body that approved the system (审批部门)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l approved-on -d 'When it was approved (审批时间)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l vendor -d 'Vendor (承建单位)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l contract-end -d 'End of the maintenance contract (运维合同到期)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l urls -d 'URLs, ;-separated' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l hosts -d 'Hosts as host:port, ;-separated' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l set -d 'Any other field (repeatable); see `systems edit --help` for the names' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -s n -l dry-run -d 'Check and show the record; store nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -l mode -d 'insert: new ids only; upsert: insert or update by id; replace: upsert, then delete the systems the file does not hold' -r -f -a "insert\t''
upsert\t''
replace\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -l delimiter -d 'Field delimiter [default: sniffed from the header line; tab for .tsv]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -l encoding -d 'Input encoding; auto recognises UTF-8 (with or without BOM) and GB18030/GBK' -r -f -a "auto\t''
utf-8\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -l map -d 'Read column HEADER as FIELD (repeatable), e.g. --map 系统简称=id' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -l rejects -d 'Where rejected rows go [default: FILE.rejects.csv, written only when a row is rejected]' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -s n -l dry-run -d 'Validate and count exactly what would change, writing nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from list" -l state -d 'Only systems in this lifecycle state (in_service, suspected, confirmed, offline, data, released, retired)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from list" -l department -d 'Only systems of this department' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from list" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from list" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from list" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from list" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from show" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from show" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from show" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from show" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from show" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from edit" -l set -d 'Set a field (repeatable), e.g. --set owner=王科长' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from edit" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from edit" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from edit" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from edit" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from edit" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from edit" -s n -l dry-run -d 'Check and show the result; change nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from edit" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -f -a "ingest" -d 'Count real use per day from web access logs (combined or common format, .gz, stdin)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -f -a "record" -d 'Record activity that is not in a log (data updates, logins, deploys, maintenance)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from activity" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -l timeout -d 'Seconds to wait for each connection and answer' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -l concurrency -d 'Systems probed at once' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -l all -d 'Probe every system not yet taken offline'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -s n -l dry-run -d 'Probe and show; store nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from probe" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from scan" -l policy -d 'Policy file (TOML) over the built-in defaults; see `mzctl systems policy show`' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from scan" -l as-of -d 'Judge as of this day [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from scan" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from scan" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from scan" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from scan" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from scan" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from scan" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from scan" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from scan" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from scan" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from scan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from scan" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from policy" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from policy" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from policy" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from policy" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from policy" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from policy" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from policy" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from policy" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from policy" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from policy" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from policy" -f -a "show" -d 'Print the policy in effect as TOML (the built-in defaults, or FILE over them)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from policy" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -l step -d 'The step to record; it must be the next one [default: the next one]' -r -f -a "suspected\t''
confirmed\t''
offline\t''
data\t''
released\t''
retired\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -l by -d 'Who did it (for confirmed: who approved) [default: the OS user]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -l on -d 'The day it was done [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -l note -d 'A note (decision document, ticket, …)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -l data -d 'For the data step: how the data was handled' -r -f -a "archived\t''
migrated\t''
destroyed\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -l where -d 'For the data step: where (the archive, the system it moved to, the destruction record)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -s n -l dry-run -d 'Check the step and show it; record nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from retire" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from report" -l by -d 'Group by' -r -f -a "department\t''
vendor\t''
state\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from report" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from report" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from report" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from report" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from report" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from report" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from report" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from report" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from report" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from report" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a system (prompts on a terminal for what is missing)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from help" -f -a "import" -d 'Load the inventory from CSV through the import engine (canonical or Chinese headers)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from help" -f -a "list" -d 'List registered systems'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from help" -f -a "show" -d 'One system: its fields, activity, latest scan and retirement steps'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a system'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from help" -f -a "activity" -d 'Record use: ingest access logs, record other activity'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from help" -f -a "probe" -d 'Check that systems answer: HTTP(S) status, latency and certificate expiry, TCP connects'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from help" -f -a "scan" -d 'Classify every system as active, idle or zombie by the policy, and store the scan'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from help" -f -a "policy" -d 'The scan policy'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from help" -f -a "retire" -d 'Record the next retirement step of a system (suspected → … → retired)'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from help" -f -a "report" -d 'Systems and resources per department, vendor or state: reclaimable and reclaimed'
complete -c mzctl -n "__fish_mzctl_using_subcommand systems; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -f -a "show" -d 'Everything recorded about one ID number: identity, enrolments, death, certificates, open findings, death applications, recoveries, changes and import batches'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -f -a "search" -d 'Find people by name (or its pinyin initials), region and birth year'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and not __fish_seen_subcommand_from show search help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from show" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from show" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from show" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from show" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from show" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from show" -l unmask -d 'Show ID numbers and phone numbers in full, in every format (recorded in the audit log)'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -l region -d 'Only people of this region code or under it (4401, 440106)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -l born -d 'Only people born in this year' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -l limit -d 'At most this many people, best match first (0 = all)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -l unmask -d 'Show ID numbers in full, in every format (recorded in the audit log)'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "show" -d 'Everything recorded about one ID number: identity, enrolments, death, certificates, open findings, death applications, recoveries, changes and import batches'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "search" -d 'Find people by name (or its pinyin initials), region and birth year'
complete -c mzctl -n "__fish_mzctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -f -a "apply" -d 'Apply the recorded deaths: end the enrolments running past them, record the overpayments to recover, revoke the holders\' certificates'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -f -a "recoveries" -d 'The overpayments to recover, per person and per district, with totals'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and not __fish_seen_subcommand_from apply recoveries help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -l end-at -d 'Where an enrolment running past a death ends: the end of the month of death (that month is paid in full) or the death date' -r -f -a "month-end\t''
death-date\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -l as-of -d 'Deaths on or before this date are applied; payments are counted up to its month [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -s n -l dry-run -d 'Show what would change, changing nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -l region -d 'Only this region code or under it, and the retired codes it took in' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -l split-by -d 'Write one Excel workbook per district (区县) into --out DIR: what its finance office recovers' -r -f -a "district\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -l out -d 'The directory of the workbooks' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -l unmask -d 'Show ID numbers in full in csv, json and xlsx output and work lists (recorded in the audit log)'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from recoveries" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Apply the recorded deaths: end the enrolments running past them, record the overpayments to recover, revoke the holders\' certificates'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from help" -f -a "recoveries" -d 'The overpayments to recover, per person and per district, with totals'
complete -c mzctl -n "__fish_mzctl_using_subcommand death; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -f -a "expected" -d 'The should-pay list (应发名单) of a month: enrolments due, at their monthly amount'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -f -a "eligible" -d 'The people a program\'s rule finds who are not enrolled (政策找人): the list each district contacts'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and not __fish_seen_subcommand_from expected eligible help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -l month -d 'The month to pay for, YYYY-MM' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -l region -d 'Only this region code or under it' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -l program -d 'Only this program (dibao, tekun, elder_allowance, youfu, or the bureau\'s own code)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -l split-by -d 'Write one Excel workbook per district (区县) into --out DIR: the list its finance office pays' -r -f -a "district\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -l out -d 'The directory of the workbooks' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -l unmask -d 'Show ID numbers in full in csv, json and xlsx output and in the workbooks (recorded in the audit log)'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from expected" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l program -d 'The program (elder_allowance, or another with a rule in --rules)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l month -d 'The month, YYYY-MM' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l region -d 'Only this region code or under it' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l rules -d 'Program rules (TOML, as for check run): [programs.NAME] min_age, max_age, regions, required, excluded, tiers' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l split-by -d 'Write one Excel workbook per district (区县) into --out DIR: the people its bureau should contact' -r -f -a "district\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l out -d 'The directory of the workbooks' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l unmask -d 'Show ID numbers in full in csv, json and xlsx output and in the workbooks (recorded in the audit log)'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from eligible" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from help" -f -a "expected" -d 'The should-pay list (应发名单) of a month: enrolments due, at their monthly amount'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from help" -f -a "eligible" -d 'The people a program\'s rule finds who are not enrolled (政策找人): the list each district contacts'
complete -c mzctl -n "__fish_mzctl_using_subcommand payments; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -f -a "issuer" -d 'Issuing authorities and their signing keys'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -f -a "trust" -d 'The trust list verifiers use offline'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -f -a "type" -d 'Certificate types: the built-in ones and those added from TOML'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -f -a "issue" -d 'Issue certificates: to one holder, to a list, or to everyone eligible'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -f -a "verify" -d 'Verify a certificate offline from its QR payload (text, file, stdin or PNG)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -f -a "revoke" -d 'Revoke a certificate (status 03)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -f -a "list" -d 'List issued certificates'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -f -a "show" -d 'One certificate: its metadata and payload; write its files again'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -f -a "revocations" -d 'The signed list of revoked certificates verifiers use offline'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and not __fish_seen_subcommand_from issuer trust type issue verify revoke list show revocations help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -f -a "init" -d 'Create an issuing authority and its signing key'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -f -a "list" -d 'Issuing authorities and their keys'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -f -a "rotate" -d 'Give an issuer a new signing key; the old one stops signing (its certificates stay valid)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issuer" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from trust" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from trust" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from trust" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from trust" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from trust" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from trust" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from trust" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from trust" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from trust" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from trust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from trust" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from trust" -f -a "export" -d 'Write the trust list: every issuer key (JSON: issuer, kid, alg, public key, validity)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from trust" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -f -a "list" -d 'The certificate types: built in and added'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -f -a "show" -d 'One type: its fields, validity and eligibility rule'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -f -a "add" -d 'Add types (or replace added ones) from a TOML file of [[type]] tables'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from type" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l type -d 'Certificate type (elder-card, dibao, tekun, cremation, or an added one)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l holder -d 'One holder\'s ID number' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l from -d 'A file (or -) of ID numbers: one per line, or CSV with an id_number/身份证号 column' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l issuer -d 'The issuing authority\'s credit code [default: the only issuer]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l region -d 'Only people in this region (within the issuer\'s)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l limit -d 'Issue at most N certificates' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l valid-until -d 'Last valid day [default: by the type\'s rule]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l as-of -d 'Issue date [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l out -d 'Write each certificate\'s files into DIR' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l key -d 'The private key file [default: where `issuer init` wrote it]' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l passphrase-file -d 'Read the key\'s passphrase from the first line of FILE' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l eligible -d 'Everyone eligible who has no valid certificate of the type'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l render -d 'Also write QR images and printable cards in bulk runs'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l replace -d 'A holder with a valid certificate of the type gets a new one; the old one is cancelled (04)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -s n -l dry-run -d 'Count who would get one; sign and store nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l unmask -d 'Show full ID numbers in the table'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from issue" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -l trust -d 'Trust list file (offline verification)' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -l revocations -d 'Revocation list file(s), one per issuer' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -l at -d 'Judge validity on this date [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -l max-age -d 'The oldest a trust or revocation list may be, from its time of issue (2w, 30d, 12h)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -l allow-stale -d 'Accept stale lists: VALID is then possible, and the output says the list was stale'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revoke" -l reason -d 'Why (kept with the certificate)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revoke" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revoke" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revoke" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revoke" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revoke" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revoke" -s n -l dry-run -d 'Check and show; change nothing'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revoke" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -l type -d 'Only this type' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -l status -d 'Only this status: a code (01) or a name (valid, revoked, cancelled, …)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -l holder -d 'Only this holder\'s ID number' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -l issuer -d 'Only this issuer\'s credit code' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -l limit -d 'At most N certificates' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -l unmask -d 'Show full ID numbers in the table'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from show" -l out -d 'Write its files again into DIR: record, payload, QR (SVG, PNG), card' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from show" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from show" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from show" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from show" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from show" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from show" -l unmask -d 'Show the full ID number'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revocations" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revocations" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revocations" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revocations" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revocations" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revocations" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revocations" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revocations" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revocations" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revocations" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revocations" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revocations" -f -a "export" -d 'Write an issuer\'s signed revocation list (truncated SHA-256 of revoked identifiers)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from revocations" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "issuer" -d 'Issuing authorities and their signing keys'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "trust" -d 'The trust list verifiers use offline'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "type" -d 'Certificate types: the built-in ones and those added from TOML'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "issue" -d 'Issue certificates: to one holder, to a list, or to everyone eligible'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify a certificate offline from its QR payload (text, file, stdin or PNG)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a certificate (status 03)'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "list" -d 'List issued certificates'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "show" -d 'One certificate: its metadata and payload; write its files again'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "revocations" -d 'The signed list of revoked certificates verifiers use offline'
complete -c mzctl -n "__fish_mzctl_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -l out -d 'The file to write (.html; .xlsx with --format xlsx)' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -l region -d 'Only this region (province, prefecture or county code), with the retired codes it took in' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -l as-of -d 'The date the report describes [default: today]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -l from -d 'First month of the monthly series [default: the 24 months up to --as-of]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand report" -s V -l version -d 'Print version'
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
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l death-years -d 'Years of death records: deaths fall in the last N years before the as-of date' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l spells -d 'Past, ended dibao spells per adult, on average (0 = current enrolments only): the case history a register keeps; 1.7 with --death-years 7 gives about 1.2M enrolments and 50k deaths per 1M people' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l dibao-rate -d 'Share of adults with a current dibao (最低生活保障) enrolment, paid in the ledger each month it covers: 0.012 is a city\'s usual rate; a payments benchmark raises it to fill a ledger of hundreds of thousands of recipients a month' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l cards -d 'With --into-db: the share of people 60 or older who hold an elder card issued a year before the as-of date (by a synthetic issuer of the region, key beside the files), with some dead holders and some malformed holder numbers, listed in manifest.json' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l payment-months -d 'Months of benefit payments in payments.csv: the ledger of the N months before the as-of date\'s, every enrolment paid as due, with pay.* defects at the --defects rate (0 = none)' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l into-db -d 'Load the records into the database through the import engine (leniently: injected defects are stored, flagged), one import batch per file'
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand seed" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l dir -d 'The demo\'s folder, made afresh on each run (new, empty, or an earlier demo\'s) [default: $XDG_DATA_HOME/mzctl/demo]' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l people -d 'Number of people in the city' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand demo" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -l out -d 'Write every page (mzctl.1, mzctl-db.1, mzctl-db-init.1, …) into this directory; without it, print mzctl(1) on stdout' -r -F
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -l db -d 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -l format -d 'Output format [default: table on a terminal, tab-separated text otherwise]' -r -f -a "table\t''
json\t''
csv\t''
xlsx\t'An Excel workbook on stdout (redirect it to a file)'"
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -l csv-encoding -d 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import\'s rejects file follows its input]' -r -f -a "utf-8\t''
utf-8-bom\t''
gb18030\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -l color -d 'When to use colour (NO_COLOR is honoured under auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -l lang -d 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English' -r
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -l csv-headers -d 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh' -r -f -a "en\t''
zh\t''"
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -l json -d 'Shorthand for --format json'
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -s q -l quiet -d 'No progress bars or status messages on stderr'
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (needed for destructive steps off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mzctl -n "__fish_mzctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "db" -d 'Create, upgrade and inspect the database'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "audit" -d 'The audit log of every change'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "import" -d 'Bulk-load people, enrolments, deaths or organizations from CSV; list and undo batches'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "region" -d 'Region codes (GB/T 2260) and their history: look up, resolve, diff, validate, import'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "place" -d 'Placenames (地名) with their 20-digit codes'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "check" -d 'Data-quality checks: the rule catalogue, stored runs, findings, diffs and safe fixes'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "systems" -d 'The information-system inventory: register, measure use, find zombies, retire them'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "person" -d 'One person\'s whole record (全息查询), and finding a person by name'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "death" -d 'After a death (身后一件事): end the benefits, recover what was overpaid, revoke certificates'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "payments" -d 'Payments against the register (三单合一): the should-pay list of a month'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "cert" -d 'Signed e-certificates (电子证照): issuers and keys, types, issuing, offline verification, revocation'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "report" -d 'Write the supervisor\'s report: one self-contained HTML page with charts (or an xlsx)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "seed" -d 'Generate a realistic synthetic city: people, enrolments, deaths, organizations, systems'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "demo" -d 'Build a small synthetic city and run every capability on it'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "man" -d 'Write the man pages'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and not __fish_seen_subcommand_from db audit import region place check systems person death payments cert report seed demo completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "init" -d 'Create the database (or upgrade it) to the latest schema'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Show the backend, URL, schema version, pending migrations and row counts'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply pending migrations'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "distribute" -d 'Spread an existing database\'s tables over the Citus cluster it is the coordinator of'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List recent changes, newest first'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "batches" -d 'List import batches, newest first'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "show" -d 'Show one batch, or the rows it rejected (--rejects), split by district if asked'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "undo" -d 'Remove what a batch inserted and restore what it updated or deleted'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "show" -d 'What a code is: name, level, path, status, years, predecessors and successors'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "list" -d 'Units in a year, by level and/or parent'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "tree" -d 'The units under a code, as a tree'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "search" -d 'Find units by name, short name, or pinyin (full or initials)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "resolve" -d 'What a code meant in a year, and what it is today'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "history" -d 'Every unit that ever held a code, and the changes to and from it'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "diff" -d 'What changed between the lists of two years'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "validate" -d 'Check a CSV column of region codes: current, retired, unknown or malformed'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "import" -d 'Load a newer official list into the database and record its changes'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "export" -d 'Print the list of a year (CSV by default off a terminal)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "sync" -d 'Write the built-in versions and changes into the database, for SQL joins'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from place" -f -a "add" -d 'Add a placename (prompts on a terminal for what is missing)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from place" -f -a "import" -d 'Load placenames from a CSV file (all rows or none)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from place" -f -a "show" -d 'One placename by its 20-digit code'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from place" -f -a "search" -d 'Find placenames by name, alias or pinyin'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from place" -f -a "list" -d 'List placenames by region, category and status'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from place" -f -a "export" -d 'Write placenames as CSV (the columns `place import` reads) or JSON'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from place" -f -a "retire" -d 'Mark a placename historical (abolished)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "list" -d 'The rule catalogue: id, severity, scope and title of every rule'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "explain" -d 'What a rule finds, why it matters, how to fix it, an example'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "run" -d 'Run the rules on the stored records; store the run and its findings'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "runs" -d 'The stored runs, newest first: when, as of, scope, rules, counts'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "findings" -d 'The findings of a run (the latest by default), filtered and paged'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "diff" -d 'New, resolved and persisting findings per rule between two runs, over what both covered'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "file" -d 'Run the per-record rules on a CSV file before importing it; nothing is written'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "fix" -d 'Apply the safe automatic fixes (normalizations, retired codes with one successor)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "fixes" -d 'The values `check fix` changed, newest first: when, by whom, before and after'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from systems" -f -a "add" -d 'Register a system (prompts on a terminal for what is missing)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from systems" -f -a "import" -d 'Load the inventory from CSV through the import engine (canonical or Chinese headers)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from systems" -f -a "list" -d 'List registered systems'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from systems" -f -a "show" -d 'One system: its fields, activity, latest scan and retirement steps'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from systems" -f -a "edit" -d 'Change fields of a system'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from systems" -f -a "activity" -d 'Record use: ingest access logs, record other activity'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from systems" -f -a "probe" -d 'Check that systems answer: HTTP(S) status, latency and certificate expiry, TCP connects'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from systems" -f -a "scan" -d 'Classify every system as active, idle or zombie by the policy, and store the scan'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from systems" -f -a "policy" -d 'The scan policy'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from systems" -f -a "retire" -d 'Record the next retirement step of a system (suspected → … → retired)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from systems" -f -a "report" -d 'Systems and resources per department, vendor or state: reclaimable and reclaimed'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "show" -d 'Everything recorded about one ID number: identity, enrolments, death, certificates, open findings, death applications, recoveries, changes and import batches'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "search" -d 'Find people by name (or its pinyin initials), region and birth year'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from death" -f -a "apply" -d 'Apply the recorded deaths: end the enrolments running past them, record the overpayments to recover, revoke the holders\' certificates'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from death" -f -a "recoveries" -d 'The overpayments to recover, per person and per district, with totals'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from payments" -f -a "expected" -d 'The should-pay list (应发名单) of a month: enrolments due, at their monthly amount'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from payments" -f -a "eligible" -d 'The people a program\'s rule finds who are not enrolled (政策找人): the list each district contacts'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "issuer" -d 'Issuing authorities and their signing keys'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "trust" -d 'The trust list verifiers use offline'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "type" -d 'Certificate types: the built-in ones and those added from TOML'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "issue" -d 'Issue certificates: to one holder, to a list, or to everyone eligible'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "verify" -d 'Verify a certificate offline from its QR payload (text, file, stdin or PNG)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "revoke" -d 'Revoke a certificate (status 03)'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "list" -d 'List issued certificates'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "show" -d 'One certificate: its metadata and payload; write its files again'
complete -c mzctl -n "__fish_mzctl_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "revocations" -d 'The signed list of revoked certificates verifiers use offline'
