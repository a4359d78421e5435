def lines = new File(basedir, 'build.log').readLines()
def source = 'src/main/java/it/shop/OrderController.java' // as the console shows it: relative to where the build started
assert lines.any { it.startsWith("[WARNING] ${source}:[11,".toString()) && it.contains('] [non-get-302] ') }
assert lines.contains('[INFO] redirect-lint: 1 finding (0 errors, 1 warning, 0 info) in 1 file; SARIF written to target/redirect-lint.sarif')
assert lines.count { it == '[INFO] redirect-lint: 0 findings (0 errors, 0 warnings, 0 info) in 1 file; SARIF written to target/redirect-lint.sarif' } == 2
assert lines.any { it.contains('redirect-lint found 1 finding(s) at severity warning or above') }
