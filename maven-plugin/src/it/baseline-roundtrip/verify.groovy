import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def slurper = new JsonSlurper()
def source = 'src/main/java/it/shop/OrderController.java' // as the console shows it: relative to where the build started

// 1: the baseline: fingerprints and counts, sorted, with rule, file, handler and expression for people, no lines
def baselineFile = new File(basedir, 'redirect-lint-baseline.json')
def baseline = slurper.parse(baselineFile, 'UTF-8')
assert lines.contains('[INFO] redirect-lint: baseline of 3 findings (2 entries) in 1 file written to redirect-lint-baseline.json')
assert baseline.version == 1
assert baseline.findings*.handler == ['OrderController#cancel()', 'OrderController#create(boolean)']
assert baseline.findings*.count == [1, 2]
assert baseline.findings*.rule == ['non-get-302', 'non-get-302']
assert baseline.findings*.file.unique() == ['src/main/java/it/shop/OrderController.java']
assert baseline.findings*.expression == ['"redirect:/cancelled"', '"redirect:/orders"']
baseline.findings.each { assert it.fingerprint ==~ /[0-9a-f]{32}/ }
assert !baselineFile.getText('UTF-8').contains('"line"')
assert !baselineFile.getText('UTF-8').contains('\r')

def summaries = lines.findAll { it.startsWith('[INFO] redirect-lint: ') && it.contains(' in 1 file') }
// 2: lines added above and code re-indented: everything known, the build passes
assert lines.contains('[INFO] redirect-lint: 0 findings (0 errors, 0 warnings, 0 info) in 1 file; 3 baselined; SARIF written to target/shifted.sarif')
def shifted = slurper.parse(new File(basedir, 'target/shifted.sarif'), 'UTF-8').runs[0].results
assert shifted*.locations*.physicalLocation*.region*.startLine.flatten() == [23, 24, 29] : 'the lines did move'
assert shifted*.baselineState.unique() == ['unchanged']
shifted.each { assert it.suppressions[0].kind == 'external' && it.suppressions[0].status == 'accepted' }
assert shifted*.partialFingerprints*.getAt('redirectLint/v1').collect { it.split(':')[0] }.unique().sort() == baseline.findings*.fingerprint.sort()

// 3: a third identical redirect in create and a new handler are new and fail; cancel's entry no longer matches
def newWarnings = lines.findAll { it.startsWith("[WARNING] ${source}:".toString()) }
assert newWarnings.size() == 2
assert newWarnings[0].startsWith("[WARNING] ${source}:[27,16] [non-get-302] OrderController#create (POST) answers 302".toString())
assert newWarnings[1].startsWith("[WARNING] ${source}:[37,16] [non-get-302] OrderController#pay (POST) answers 302".toString())
assert lines.contains('[INFO] redirect-lint: 1 baseline entry no longer matches a finding (fixed, or changed); run mvn redirect-lint:baseline to drop it from redirect-lint-baseline.json:')
assert lines.contains('[INFO]   src/main/java/it/shop/OrderController.java: [non-get-302] OrderController#cancel() "redirect:/cancelled"')
assert lines.contains('[INFO] redirect-lint: 2 findings (0 errors, 2 warnings, 0 info) in 1 file; 2 baselined, 1 baseline entry no longer matches; SARIF written to target/changed.sarif')
assert lines.any { it.contains('on project baseline-roundtrip: redirect-lint found 2 finding(s) at severity warning or above') }
def changed = slurper.parse(new File(basedir, 'target/changed.sarif'), 'UTF-8').runs[0].results
assert changed.collect { [it.locations[0].physicalLocation.region.startLine, it.baselineState] } ==
        [[23, 'unchanged'], [25, 'unchanged'], [27, 'new'], [37, 'new']]
assert changed[2].partialFingerprints['redirectLint/v1'].endsWith(':3')
assert !changed[2].containsKey('suppressions')

// 4 and 5: regenerated, the baseline shrinks by cancel and grows by the new findings, and the check passes
def regenerated = slurper.parse(new File(basedir, 'regenerated-baseline.json'), 'UTF-8')
assert regenerated.findings*.handler == ['OrderController#create(boolean)', 'OrderController#pay()']
assert regenerated.findings*.count == [3, 1]
assert lines.contains('[INFO] redirect-lint: 0 findings (0 errors, 0 warnings, 0 info) in 1 file; 4 baselined; SARIF written to target/regenerated.sarif')
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 4
assert lines.count { it == '[INFO] BUILD FAILURE' } == 1
