import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def source = 'src/main/java/it/shop/OrderController.java' // as the console shows it: relative to where the build started
assert lines.any { it.startsWith('[WARNING] File encoding has not been set, using UTF-8') }
assert lines.any { it.startsWith("[WARNING] ${source}:[11,".toString()) && it.contains('] [non-get-302] ') }
assert lines.contains('[INFO] redirect-lint: 1 finding (0 errors, 1 warning, 0 info) in 1 file; SARIF written to target/redirect-lint.sarif')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/redirect-lint.sarif'), 'UTF-8')
assert sarif.runs[0].results*.ruleId == ['non-get-302']
