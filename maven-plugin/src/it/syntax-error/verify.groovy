import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def broken = 'src/main/java/it/shop/Broken.java' // as the console shows it: relative to where the build started
def source = 'src/main/java/it/shop/OrderController.java' // as the console shows it: relative to where the build started

// the broken file: path, position on line 5 and a reason, logged as an error
def errorLine = lines.find { it.startsWith("[ERROR] ${broken}:[5,".toString()) }
assert errorLine != null
assert errorLine ==~ /\[ERROR\] .*Broken\.java:\[5,\d+\] \S.*/
// the other file is still analysed
assert lines.any { it.startsWith("[WARNING] ${source}:[11,".toString()) && it.contains('] [non-get-302] ') }
assert lines.contains('[INFO] redirect-lint: 1 finding (0 errors, 1 warning, 0 info) in 2 files, 1 file could not be analysed; SARIF written to target/redirect-lint.sarif')
// the failure lists the file
assert lines.any { it.contains('redirect-lint found 1 finding(s) at severity warning or above') }
assert lines.contains('[ERROR] redirect-lint could not analyse 1 file(s):')
assert lines.contains('[ERROR]   ' + errorLine.substring('[ERROR] '.length()))

def run = new JsonSlurper().parse(new File(basedir, 'target/redirect-lint.sarif'), 'UTF-8').runs[0]
assert run.results*.ruleId == ['non-get-302']
assert run.invocations[0].executionSuccessful == false
def notification = run.invocations[0].toolExecutionNotifications[0]
assert run.invocations[0].toolExecutionNotifications.size() == 1
assert notification.level == 'error'
assert notification.message.text
assert notification.locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/it/shop/Broken.java'
assert notification.locations[0].physicalLocation.region.startLine == 5
