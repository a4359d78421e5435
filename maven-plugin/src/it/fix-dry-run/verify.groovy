def log = new File(basedir, 'build.log').text
def patchFile = new File(basedir, 'target/redirect-lint.patch')
assert patchFile.isFile()
def patch = patchFile.getText('UTF-8')
println "---- target/redirect-lint.patch ----\n${patch}----"

// Nothing changed.
def controller = new File(basedir, 'src/main/java/it/shop/OrderController.java').text
assert !controller.contains('ResponseStatus')
assert new File(basedir, 'src/main/java/it/shop/LoginServlet.java').text.contains('resp.sendRedirect("/home");')

assert patch.startsWith('diff --git a/src/main/java/it/shop/LoginServlet.java b/src/main/java/it/shop/LoginServlet.java\n')
assert patch.contains('\n+    @ResponseStatus(HttpStatus.SEE_OTHER)\n')
assert patch.contains('\n+\t\tresp.setStatus(HttpServletResponse.SC_SEE_OTHER);\r\n')
assert patch.contains('\\ No newline at end of file')
assert log.contains('[INFO] +    @ResponseStatus(HttpStatus.SEE_OTHER)')
assert log =~ /\[WARNING\] .*OrderController\.java:\[16,\d+\] \[non-get-302\] .* Not fixed: no safe rewrite/
assert log =~ /\[WARNING\] .*Broken\.java:\[6,.*syntax error.*\(not fixed\)/
assert log.contains('[INFO] redirect-lint: dry run, nothing changed: 2 fix(es) in 2 file(s); 1 finding(s) need a change by hand;'
        + ' 1 file(s) could not be analysed; patch written to target/redirect-lint.patch (apply it with git apply)')

// git accepts the patch as it is, and applying it gives the fixed sources.
def run = { List<String> command ->
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "${command.join(' ')} failed:\n${output}"
}
run(['git', 'init', '-q'])
run(['git', '-c', 'core.autocrlf=false', 'apply', '--check', 'target/redirect-lint.patch'])
run(['git', '-c', 'core.autocrlf=false', 'apply', 'target/redirect-lint.patch'])
def fixed = new File(basedir, 'src/main/java/it/shop/OrderController.java').text
assert fixed.contains('import org.springframework.http.HttpStatus;\nimport org.springframework.stereotype.Controller;')
assert new File(basedir, 'src/main/java/it/shop/LoginServlet.java').getText('UTF-8').endsWith(
        '\t\tresp.setHeader("Location", "/home");\r\n\t}\r\n}')
