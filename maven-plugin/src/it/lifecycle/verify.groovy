def lines = new File(basedir, 'build.log').readLines()
def source = 'src/main/java/it/shop/OrderController.java' // as the console shows it: relative to where the build started

// Maven 3.8 names plugins by artifact id in these lines, Maven 3.9 by prefix
int compile = lines.findIndexOf { it.startsWith('[INFO] --- ') && it.contains(':compile (default-compile) @ lifecycle ---') }
int jar = lines.findIndexOf { it.startsWith('[INFO] --- ') && it.contains(':jar (default-jar) @ lifecycle ---') }
int check = lines.findIndexOf { it.startsWith('[INFO] --- ') && it.contains(':check (default) @ lifecycle ---') }
assert compile >= 0 && jar > compile && check > jar : 'check must run in verify, after package'
assert new File(basedir, 'target/lifecycle-1.0-SNAPSHOT.jar').isFile()
assert lines.any { it.startsWith("[WARNING] ${source}:[11,".toString()) && it.contains('] [non-get-302] ') }
assert lines.contains('[INFO] redirect-lint: 1 finding (0 errors, 1 warning, 0 info) in 3 files; SARIF written to target/redirect-lint.sarif')
assert lines.any { it.contains(':check (default) on project lifecycle: redirect-lint found 1 finding(s) at severity warning or above') }
