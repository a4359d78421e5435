def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] redirect-lint: skipped (redirect-lint.skip is true)')
assert !lines.any { it.contains('[non-get-302]') }
assert !new File(basedir, 'target/redirect-lint.sarif').exists()
assert lines.contains('[INFO] BUILD SUCCESS')
