# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_grantbook_global_optspecs
    string join \n project= expenses= cases= rates= out= lang= format= q/quiet v/verbose h/help V/version
end

function __fish_grantbook_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_grantbook_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_grantbook_using_subcommand
    set -l cmd (__fish_grantbook_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c grantbook -n "__fish_grantbook_needs_command" -l project -d 'The project file [default: the only *.toml in ./budgets/]' -r -F
complete -c grantbook -n "__fish_grantbook_needs_command" -l expenses -d 'The expense ledger [default: the project file\'s inputs.expenses]' -r -F
complete -c grantbook -n "__fish_grantbook_needs_command" -l cases -d 'The case register [default: the project file\'s inputs.cases]' -r -F
complete -c grantbook -n "__fish_grantbook_needs_command" -l rates -d 'The exchange rates [default: the project file\'s inputs.rates]' -r -F
complete -c grantbook -n "__fish_grantbook_needs_command" -l out -d 'Where reports are written' -r -F
complete -c grantbook -n "__fish_grantbook_needs_command" -l lang -d 'Report language [default: the project file\'s agreement.default_lang]' -r -f -a "lv\t''
en\t''"
complete -c grantbook -n "__fish_grantbook_needs_command" -l format -d 'Output formats, a comma list [default: xlsx,html,json; check: text]' -r -f -a "xlsx\t''
html\t''
json\t''
text\t''"
complete -c grantbook -n "__fish_grantbook_needs_command" -s q -l quiet -d 'Print only errors (and, for `check`, the findings that exclude costs)'
complete -c grantbook -n "__fish_grantbook_needs_command" -s v -l verbose -d 'Also print the project file, each input with its SHA-256, and every step'
complete -c grantbook -n "__fish_grantbook_needs_command" -s h -l help -d 'Print help'
complete -c grantbook -n "__fish_grantbook_needs_command" -s V -l version -d 'Print version'
complete -c grantbook -n "__fish_grantbook_needs_command" -f -a "check" -d 'Validate the inputs and run every eligibility rule; print the findings'
complete -c grantbook -n "__fish_grantbook_needs_command" -f -a "claim" -d 'Build a payment claim for a quarter, a year or the whole project'
complete -c grantbook -n "__fish_grantbook_needs_command" -f -a "burn" -d 'Burn rate, forecast at completion and indicators against plan, at a date'
complete -c grantbook -n "__fish_grantbook_needs_command" -f -a "review" -d 'Review a submitted claim: recompute it, sample costs for document checks, list findings'
complete -c grantbook -n "__fish_grantbook_needs_command" -f -a "rules" -d 'List the eligibility rules, or explain one with its parameters and legal basis'
complete -c grantbook -n "__fish_grantbook_needs_command" -f -a "template" -d 'Write an empty input workbook to fill in: headers, drop-downs, formats and instructions'
complete -c grantbook -n "__fish_grantbook_needs_command" -f -a "init" -d 'Create a new project file (agreement, sources, lines, headings, parameters)'
complete -c grantbook -n "__fish_grantbook_needs_command" -f -a "verify" -d 'Tell whether a report still matches its inputs and the rule catalogue (SHA-256)'
complete -c grantbook -n "__fish_grantbook_needs_command" -f -a "serve" -d 'Serve a local web workspace (overview, findings, claims, burn, review, rules) on 127.0.0.1'
complete -c grantbook -n "__fish_grantbook_needs_command" -f -a "completions" -d 'Print shell completions (bash, zsh, fish, powershell)'
complete -c grantbook -n "__fish_grantbook_needs_command" -f -a "man" -d 'Print the man page (or write one page per command with --out DIR)'
complete -c grantbook -n "__fish_grantbook_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c grantbook -n "__fish_grantbook_using_subcommand check" -l project -d 'The project file [default: the only *.toml in ./budgets/]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand check" -l expenses -d 'The expense ledger [default: the project file\'s inputs.expenses]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand check" -l cases -d 'The case register [default: the project file\'s inputs.cases]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand check" -l rates -d 'The exchange rates [default: the project file\'s inputs.rates]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand check" -l out -d 'Where reports are written' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand check" -l lang -d 'Report language [default: the project file\'s agreement.default_lang]' -r -f -a "lv\t''
en\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand check" -l format -d 'Output formats, a comma list [default: xlsx,html,json; check: text]' -r -f -a "xlsx\t''
html\t''
json\t''
text\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand check" -s q -l quiet -d 'Print only errors (and, for `check`, the findings that exclude costs)'
complete -c grantbook -n "__fish_grantbook_using_subcommand check" -s v -l verbose -d 'Also print the project file, each input with its SHA-256, and every step'
complete -c grantbook -n "__fish_grantbook_using_subcommand check" -s h -l help -d 'Print help'
complete -c grantbook -n "__fish_grantbook_using_subcommand claim" -l period -d 'A quarter (2020-Q3) or a calendar year (2020)' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand claim" -l project -d 'The project file [default: the only *.toml in ./budgets/]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand claim" -l expenses -d 'The expense ledger [default: the project file\'s inputs.expenses]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand claim" -l cases -d 'The case register [default: the project file\'s inputs.cases]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand claim" -l rates -d 'The exchange rates [default: the project file\'s inputs.rates]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand claim" -l out -d 'Where reports are written' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand claim" -l lang -d 'Report language [default: the project file\'s agreement.default_lang]' -r -f -a "lv\t''
en\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand claim" -l format -d 'Output formats, a comma list [default: xlsx,html,json; check: text]' -r -f -a "xlsx\t''
html\t''
json\t''
text\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand claim" -l final -d 'The final report: the whole project'
complete -c grantbook -n "__fish_grantbook_using_subcommand claim" -l submit -d 'Freeze the quarter\'s claim into the project\'s claim register (quarters only)'
complete -c grantbook -n "__fish_grantbook_using_subcommand claim" -s q -l quiet -d 'Print only errors (and, for `check`, the findings that exclude costs)'
complete -c grantbook -n "__fish_grantbook_using_subcommand claim" -s v -l verbose -d 'Also print the project file, each input with its SHA-256, and every step'
complete -c grantbook -n "__fish_grantbook_using_subcommand claim" -s h -l help -d 'Print help'
complete -c grantbook -n "__fish_grantbook_using_subcommand burn" -l as-of -d 'The date the report is made at [default: the latest payment date in the ledger]' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand burn" -l project -d 'The project file [default: the only *.toml in ./budgets/]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand burn" -l expenses -d 'The expense ledger [default: the project file\'s inputs.expenses]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand burn" -l cases -d 'The case register [default: the project file\'s inputs.cases]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand burn" -l rates -d 'The exchange rates [default: the project file\'s inputs.rates]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand burn" -l out -d 'Where reports are written' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand burn" -l lang -d 'Report language [default: the project file\'s agreement.default_lang]' -r -f -a "lv\t''
en\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand burn" -l format -d 'Output formats, a comma list [default: xlsx,html,json; check: text]' -r -f -a "xlsx\t''
html\t''
json\t''
text\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand burn" -s q -l quiet -d 'Print only errors (and, for `check`, the findings that exclude costs)'
complete -c grantbook -n "__fish_grantbook_using_subcommand burn" -s v -l verbose -d 'Also print the project file, each input with its SHA-256, and every step'
complete -c grantbook -n "__fish_grantbook_using_subcommand burn" -s h -l help -d 'Print help'
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l claim -d 'The submitted claim workbook (claim-<period>.xlsx) [with --replay, default: the claim the review names, beside it]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l previous -d 'The previous claim workbook (the claim immediately before), to check what changed and that cumulative figures carry forward' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l checklist -d 'A review workbook with the checklist filled in (result, error type, amount deducted, parking)' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l method -d 'Sampling method' -r -f -a "conservative\t'Conservative MUS with expected error: n = ⌈BV·RF ÷ (TE − AE·EF)⌉'
standard\t'Standard MUS: n = ⌈(z·BV·σr ÷ (TE − AE))²⌉, σr from --previous-review'
stratified\t'Stratified MUS: a 100 % stratum above the cut-off, strata by heading kind'
nonstatistical\t'Risk-based selection for small populations'"
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l expected-error -d 'Expected error, percent of the population value (conservative and stratified MUS use it with the expansion factor)' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l previous-review -d 'The filled review workbook of an earlier claim (or a pilot sample): σ of its error rates for standard MUS, and its parked items' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l replay -d 'Re-draw the sample recorded in this review workbook and compare it item for item (writes nothing)' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l confidence -d 'Confidence level of the sample, a fraction such as 0.9 [default: the project file\'s review_confidence_pct]' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l seed -d 'Seed of the random start [default: derived from the claim\'s input hashes]' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l project -d 'The project file [default: the only *.toml in ./budgets/]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l expenses -d 'The expense ledger [default: the project file\'s inputs.expenses]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l cases -d 'The case register [default: the project file\'s inputs.cases]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l rates -d 'The exchange rates [default: the project file\'s inputs.rates]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l out -d 'Where reports are written' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l lang -d 'Report language [default: the project file\'s agreement.default_lang]' -r -f -a "lv\t''
en\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -l format -d 'Output formats, a comma list [default: xlsx,html,json; check: text]' -r -f -a "xlsx\t''
html\t''
json\t''
text\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -s q -l quiet -d 'Print only errors (and, for `check`, the findings that exclude costs)'
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -s v -l verbose -d 'Also print the project file, each input with its SHA-256, and every step'
complete -c grantbook -n "__fish_grantbook_using_subcommand review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grantbook -n "__fish_grantbook_using_subcommand rules" -l project -d 'The project file [default: the only *.toml in ./budgets/]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand rules" -l expenses -d 'The expense ledger [default: the project file\'s inputs.expenses]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand rules" -l cases -d 'The case register [default: the project file\'s inputs.cases]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand rules" -l rates -d 'The exchange rates [default: the project file\'s inputs.rates]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand rules" -l out -d 'Where reports are written' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand rules" -l lang -d 'Report language [default: the project file\'s agreement.default_lang]' -r -f -a "lv\t''
en\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand rules" -l format -d 'Output formats, a comma list [default: xlsx,html,json; check: text]' -r -f -a "xlsx\t''
html\t''
json\t''
text\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand rules" -s q -l quiet -d 'Print only errors (and, for `check`, the findings that exclude costs)'
complete -c grantbook -n "__fish_grantbook_using_subcommand rules" -s v -l verbose -d 'Also print the project file, each input with its SHA-256, and every step'
complete -c grantbook -n "__fish_grantbook_using_subcommand rules" -s h -l help -d 'Print help'
complete -c grantbook -n "__fish_grantbook_using_subcommand template" -l project -d 'The project file [default: the only *.toml in ./budgets/]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand template" -l expenses -d 'The expense ledger [default: the project file\'s inputs.expenses]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand template" -l cases -d 'The case register [default: the project file\'s inputs.cases]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand template" -l rates -d 'The exchange rates [default: the project file\'s inputs.rates]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand template" -l out -d 'Where reports are written' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand template" -l lang -d 'Report language [default: the project file\'s agreement.default_lang]' -r -f -a "lv\t''
en\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand template" -l format -d 'Output formats, a comma list [default: xlsx,html,json; check: text]' -r -f -a "xlsx\t''
html\t''
json\t''
text\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand template" -l force -d 'Overwrite an existing file'
complete -c grantbook -n "__fish_grantbook_using_subcommand template" -s q -l quiet -d 'Print only errors (and, for `check`, the findings that exclude costs)'
complete -c grantbook -n "__fish_grantbook_using_subcommand template" -s v -l verbose -d 'Also print the project file, each input with its SHA-256, and every step'
complete -c grantbook -n "__fish_grantbook_using_subcommand template" -s h -l help -d 'Print help'
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l to -d 'Where to write the project file [default: budgets/<agreement number>.toml]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l number -d 'The grant agreement number, e.g. AK/IOM/PMIF/2018/1' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l title -d 'The project title (Latvian, and English unless --title-en is given)' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l title-en -d 'The project title in English' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l beneficiary -d 'The beneficiary' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l authority -d 'The responsible authority that receives the claims' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l fund -d 'The EU fund\'s code: AMIF, ISF, BMVI …' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l start -d 'First day of the eligibility period, YYYY-MM-DD' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l end -d 'Last day of the eligibility period, YYYY-MM-DD' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l total -d 'The total eligible budget, e.g. 532651.00' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l eu-share -d 'The EU fund\'s share in percent; the state budget takes the rest' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l lines -d 'Activity line codes, a comma list' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l headings -d 'Direct-cost budget heading codes, a comma list' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l indirect-pct -d 'Indirect costs as a flat rate of direct costs, percent (0: no indirect heading)' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l indirect-heading -d 'The indirect-cost heading\'s code' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l project -d 'The project file [default: the only *.toml in ./budgets/]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l expenses -d 'The expense ledger [default: the project file\'s inputs.expenses]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l cases -d 'The case register [default: the project file\'s inputs.cases]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l rates -d 'The exchange rates [default: the project file\'s inputs.rates]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l out -d 'Where reports are written' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l lang -d 'Report language [default: the project file\'s agreement.default_lang]' -r -f -a "lv\t''
en\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -l format -d 'Output formats, a comma list [default: xlsx,html,json; check: text]' -r -f -a "xlsx\t''
html\t''
json\t''
text\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -s q -l quiet -d 'Print only errors (and, for `check`, the findings that exclude costs)'
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -s v -l verbose -d 'Also print the project file, each input with its SHA-256, and every step'
complete -c grantbook -n "__fish_grantbook_using_subcommand init" -s h -l help -d 'Print help'
complete -c grantbook -n "__fish_grantbook_using_subcommand verify" -l project -d 'The project file [default: the only *.toml in ./budgets/]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand verify" -l expenses -d 'The expense ledger [default: the project file\'s inputs.expenses]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand verify" -l cases -d 'The case register [default: the project file\'s inputs.cases]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand verify" -l rates -d 'The exchange rates [default: the project file\'s inputs.rates]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand verify" -l out -d 'Where reports are written' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand verify" -l lang -d 'Report language [default: the project file\'s agreement.default_lang]' -r -f -a "lv\t''
en\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand verify" -l format -d 'Output formats, a comma list [default: xlsx,html,json; check: text]' -r -f -a "xlsx\t''
html\t''
json\t''
text\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand verify" -s q -l quiet -d 'Print only errors (and, for `check`, the findings that exclude costs)'
complete -c grantbook -n "__fish_grantbook_using_subcommand verify" -s v -l verbose -d 'Also print the project file, each input with its SHA-256, and every step'
complete -c grantbook -n "__fish_grantbook_using_subcommand verify" -s h -l help -d 'Print help'
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -l port -d 'The port to listen on [default: a free port]' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -l listen -d 'The address to listen on; anything but loopback lets other machines reach the workspace' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -l max-upload-mb -d 'The largest upload accepted, in MB' -r
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -l project -d 'The project file [default: the only *.toml in ./budgets/]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -l expenses -d 'The expense ledger [default: the project file\'s inputs.expenses]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -l cases -d 'The case register [default: the project file\'s inputs.cases]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -l rates -d 'The exchange rates [default: the project file\'s inputs.rates]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -l out -d 'Where reports are written' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -l lang -d 'Report language [default: the project file\'s agreement.default_lang]' -r -f -a "lv\t''
en\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -l format -d 'Output formats, a comma list [default: xlsx,html,json; check: text]' -r -f -a "xlsx\t''
html\t''
json\t''
text\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -l open -d 'Open the workspace in the default browser'
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -s q -l quiet -d 'Print only errors (and, for `check`, the findings that exclude costs)'
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -s v -l verbose -d 'Also print the project file, each input with its SHA-256, and every step'
complete -c grantbook -n "__fish_grantbook_using_subcommand serve" -s h -l help -d 'Print help'
complete -c grantbook -n "__fish_grantbook_using_subcommand completions" -l project -d 'The project file [default: the only *.toml in ./budgets/]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand completions" -l expenses -d 'The expense ledger [default: the project file\'s inputs.expenses]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand completions" -l cases -d 'The case register [default: the project file\'s inputs.cases]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand completions" -l rates -d 'The exchange rates [default: the project file\'s inputs.rates]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand completions" -l out -d 'Where reports are written' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand completions" -l lang -d 'Report language [default: the project file\'s agreement.default_lang]' -r -f -a "lv\t''
en\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand completions" -l format -d 'Output formats, a comma list [default: xlsx,html,json; check: text]' -r -f -a "xlsx\t''
html\t''
json\t''
text\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand completions" -s q -l quiet -d 'Print only errors (and, for `check`, the findings that exclude costs)'
complete -c grantbook -n "__fish_grantbook_using_subcommand completions" -s v -l verbose -d 'Also print the project file, each input with its SHA-256, and every step'
complete -c grantbook -n "__fish_grantbook_using_subcommand completions" -s h -l help -d 'Print help'
complete -c grantbook -n "__fish_grantbook_using_subcommand man" -l project -d 'The project file [default: the only *.toml in ./budgets/]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand man" -l expenses -d 'The expense ledger [default: the project file\'s inputs.expenses]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand man" -l cases -d 'The case register [default: the project file\'s inputs.cases]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand man" -l rates -d 'The exchange rates [default: the project file\'s inputs.rates]' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand man" -l out -d 'Where reports are written' -r -F
complete -c grantbook -n "__fish_grantbook_using_subcommand man" -l lang -d 'Report language [default: the project file\'s agreement.default_lang]' -r -f -a "lv\t''
en\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand man" -l format -d 'Output formats, a comma list [default: xlsx,html,json; check: text]' -r -f -a "xlsx\t''
html\t''
json\t''
text\t''"
complete -c grantbook -n "__fish_grantbook_using_subcommand man" -s q -l quiet -d 'Print only errors (and, for `check`, the findings that exclude costs)'
complete -c grantbook -n "__fish_grantbook_using_subcommand man" -s v -l verbose -d 'Also print the project file, each input with its SHA-256, and every step'
complete -c grantbook -n "__fish_grantbook_using_subcommand man" -s h -l help -d 'Print help'
complete -c grantbook -n "__fish_grantbook_using_subcommand help; and not __fish_seen_subcommand_from check claim burn review rules template init verify serve completions man help" -f -a "check" -d 'Validate the inputs and run every eligibility rule; print the findings'
complete -c grantbook -n "__fish_grantbook_using_subcommand help; and not __fish_seen_subcommand_from check claim burn review rules template init verify serve completions man help" -f -a "claim" -d 'Build a payment claim for a quarter, a year or the whole project'
complete -c grantbook -n "__fish_grantbook_using_subcommand help; and not __fish_seen_subcommand_from check claim burn review rules template init verify serve completions man help" -f -a "burn" -d 'Burn rate, forecast at completion and indicators against plan, at a date'
complete -c grantbook -n "__fish_grantbook_using_subcommand help; and not __fish_seen_subcommand_from check claim burn review rules template init verify serve completions man help" -f -a "review" -d 'Review a submitted claim: recompute it, sample costs for document checks, list findings'
complete -c grantbook -n "__fish_grantbook_using_subcommand help; and not __fish_seen_subcommand_from check claim burn review rules template init verify serve completions man help" -f -a "rules" -d 'List the eligibility rules, or explain one with its parameters and legal basis'
complete -c grantbook -n "__fish_grantbook_using_subcommand help; and not __fish_seen_subcommand_from check claim burn review rules template init verify serve completions man help" -f -a "template" -d 'Write an empty input workbook to fill in: headers, drop-downs, formats and instructions'
complete -c grantbook -n "__fish_grantbook_using_subcommand help; and not __fish_seen_subcommand_from check claim burn review rules template init verify serve completions man help" -f -a "init" -d 'Create a new project file (agreement, sources, lines, headings, parameters)'
complete -c grantbook -n "__fish_grantbook_using_subcommand help; and not __fish_seen_subcommand_from check claim burn review rules template init verify serve completions man help" -f -a "verify" -d 'Tell whether a report still matches its inputs and the rule catalogue (SHA-256)'
complete -c grantbook -n "__fish_grantbook_using_subcommand help; and not __fish_seen_subcommand_from check claim burn review rules template init verify serve completions man help" -f -a "serve" -d 'Serve a local web workspace (overview, findings, claims, burn, review, rules) on 127.0.0.1'
complete -c grantbook -n "__fish_grantbook_using_subcommand help; and not __fish_seen_subcommand_from check claim burn review rules template init verify serve completions man help" -f -a "completions" -d 'Print shell completions (bash, zsh, fish, powershell)'
complete -c grantbook -n "__fish_grantbook_using_subcommand help; and not __fish_seen_subcommand_from check claim burn review rules template init verify serve completions man help" -f -a "man" -d 'Print the man page (or write one page per command with --out DIR)'
complete -c grantbook -n "__fish_grantbook_using_subcommand help; and not __fish_seen_subcommand_from check claim burn review rules template init verify serve completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
