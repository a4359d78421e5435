def log = new File(basedir, 'build.log').text
assert log.contains('redirect-lint:check')
assert log.contains('Finds HTTP handlers that accept POST, PUT, PATCH or DELETE')
['skip', 'failOnViolation', 'failOnSeverity', 'failOnError', 'includeTests', 'includes', 'excludes', 'rules',
 'disabledRules', 'preferredStatus', 'sarifFile', 'encoding', 'formats', 'checkstyleFile', 'outputFormat', 'baseline',
 'changedSince', 'rulesHelpUrl'].each { name ->
    assert log.contains("  ${name}\n") || log.contains("  ${name}\r\n") || log.contains("  ${name} ") : "parameter ${name} missing from help"
}
assert log.contains('User property: redirect-lint.failOnSeverity')
assert log.contains('Default: warning')
assert log.contains('User property: redirect-lint.sarifFile')
assert log.contains('User property: redirect-lint.changedSince')
