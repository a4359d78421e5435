import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def path = { String name -> "src/main/java/it/shop/${name}.java" } // relative to where the build started

// 1: the changed handler (its mapping changed, not its redirect), the unstaged new handler, the untracked file
def warnings = lines.findAll { it.startsWith('[WARNING] ') && it.contains('] [non-get-302] ') }
assert warnings.size() == 3
assert warnings[0].startsWith("[WARNING] ${path('OrderController')}:[16,16] [non-get-302] OrderController#refund ".toString())
assert warnings[1].startsWith("[WARNING] ${path('OrderController')}:[21,16] [non-get-302] OrderController#cancel ".toString())
assert warnings[2].startsWith("[WARNING] ${path('PaymentController')}:[11,16] [non-get-302] PaymentController#pay ".toString())
assert !lines.any { it.contains('OrderController#create') } : 'unchanged handler in a changed file'
assert !lines.any { it.contains('Legacy#save') } : 'unchanged file'
assert lines.contains('[INFO] redirect-lint: 3 findings (0 errors, 3 warnings, 0 info) in 2 files; only code changed since main: 2 of 3 files analysed, 1 finding outside the changed lines; SARIF written to target/changed.sarif')
assert lines.findAll { it.startsWith('::warning ') }*.replaceAll(/,endLine.*title=/, ' title=')*.replaceAll(/::OrderController.*|::PaymentController.*/, '') == [
        '::warning file=src/main/java/it/shop/OrderController.java,line=16 title=redirect-lint non-get-302',
        '::warning file=src/main/java/it/shop/OrderController.java,line=21 title=redirect-lint non-get-302',
        '::warning file=src/main/java/it/shop/PaymentController.java,line=11 title=redirect-lint non-get-302']
def run = new JsonSlurper().parse(new File(basedir, 'target/changed.sarif'), 'UTF-8').runs[0]
assert run.results*.properties*.handler == ['OrderController#refund', 'OrderController#cancel', 'PaymentController#pay']

// 2: the reference is not in the repository: a clear failure, no report
assert lines.any { it.startsWith('[ERROR] Failed to execute goal dev.redirectlint:redirect-lint-maven-plugin:') &&
        it.contains("redirect-lint cannot check only changed code: changedSince: 'origin/develop' is not a commit in this clone. Fetch it first, for example: git fetch --no-tags origin develop.") }
assert !new File(basedir, 'target/missing.sarif').exists()
