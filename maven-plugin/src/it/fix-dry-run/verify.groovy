def log = new File(basedir, 'build.log').text
def patchFile = new File(basedir, 'target/redirect-lint.patch')
assert patchFile.isFile()
def patch = patchFile.getText('UTF-8')
println "---- target/redirect-lint.patch ----\n${patch}----"

// Nothing changed.
def controller = new File(basedir, 'src/main/java/it/shop/OrderController.java').text
assert !controller.contains('ResponseStatus')
assert new File(basedir, 'src/main/java/it/shop/LoginServlet.java').text.contains('resp.sendRedirect("/home");')

// Paths are relative to the top of the git work tree (the build runs inside this repository's checkout),
// or to the project outside git.
def top = basedir.canonicalFile
while (top != null && !new File(top, '.git').exists()) {
    top = top.parentFile
}
def prefix = top == null ? '' : top.toPath().relativize(basedir.canonicalFile.toPath()).toString() + '/'
assert patch.startsWith("diff --git a/${prefix}src/main/java/it/shop/LoginServlet.java b/${prefix}src/main/java/it/shop/LoginServlet.java\n".toString())
assert patch.contains('\n+    @ResponseStatus(HttpStatus.SEE_OTHER)\n')
assert patch.contains('\n+\t\tresp.setStatus(HttpServletResponse.SC_SEE_OTHER);\r\n')
assert patch.contains('\\ No newline at end of file')
assert log.contains('[INFO] +    @ResponseStatus(HttpStatus.SEE_OTHER)')
assert log =~ /\[WARNING\] .*Broken\.java:\[6,.*syntax error.*\(not fixed\)/
assert log.contains('[INFO] redirect-lint: dry run, nothing changed: 3 fix(es) in 2 file(s); 1 file(s) could not be analysed')
// The form handler (a page on one path, a redirect on the other) returns a ModelAndView.
assert patch.contains('\n+        return valid ? new ModelAndView("redirect:/orders", HttpStatus.SEE_OTHER) : new ModelAndView("orders/form");\n')

// The command the log prints applies the patch as it is, and gives the fixed sources.
def apply = log.readLines().find { it.startsWith('[INFO] redirect-lint: patch written to target/redirect-lint.patch; apply it with: ') }
assert apply != null
def command = apply.substring(apply.indexOf('apply it with: ') + 'apply it with: '.length()).split(' ') as List
def run = { List<String> argv ->
    def process = new ProcessBuilder(argv).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "${argv.join(' ')} failed:\n${output}"
}
if (command[0] == 'git') {
    run(['git', '-c', 'core.autocrlf=false'] + command.subList(1, command.size() - 1) + ['--check', command.last()])
    run(['git', '-c', 'core.autocrlf=false'] + command.subList(1, command.size()))
} else {
    run(command)
}
def fixed = new File(basedir, 'src/main/java/it/shop/OrderController.java').text
assert fixed.contains('import org.springframework.http.HttpStatus;\nimport org.springframework.stereotype.Controller;')
assert new File(basedir, 'src/main/java/it/shop/LoginServlet.java').getText('UTF-8').endsWith(
        '\t\tresp.setHeader("Location", "/home");\r\n\t}\r\n}')
