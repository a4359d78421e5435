import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] redirect-lint: 0 findings (0 errors, 0 warnings, 0 info) in 3 files; SARIF written to target/redirect-lint.sarif')
assert !lines.any { it.contains('[non-get-') || it.contains('[any-method-') || it.contains('[redirect-without-location]') }
assert lines.contains('[INFO] BUILD SUCCESS')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/redirect-lint.sarif'), 'UTF-8')
def run = sarif.runs[0]
assert run.results.isEmpty()
assert run.invocations[0].executionSuccessful == true
assert run.invocations[0].toolExecutionNotifications.isEmpty()
assert run.tool.driver.rules*.id.containsAll(['non-get-302', 'any-method-302', 'non-get-301', 'redirect-without-location'])
