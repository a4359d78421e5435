def lines = new File(basedir, 'build.log').readLines()
def testSource = 'src/test/java/it/shop/FakeOrderController.java' // as the console shows it: relative to where the build started

// invocation 1: main sources, generated/ excluded
assert lines.contains('[INFO] redirect-lint: 0 findings (0 errors, 0 warnings, 0 info) in 1 file; SARIF written to target/redirect-lint.sarif')
// invocation 2: with test sources
assert lines.any { it.startsWith("[WARNING] ${testSource}:[11,".toString()) && it.contains('] [non-get-302] ') }
assert lines.contains('[INFO] redirect-lint: 1 finding (0 errors, 1 warning, 0 info) in 2 files; SARIF written to target/redirect-lint.sarif')
assert !lines.any { it.contains('GeneratedController') }
