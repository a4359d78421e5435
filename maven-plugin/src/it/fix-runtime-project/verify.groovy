def log = new File(basedir, 'build.log').text
def src = new File(basedir, 'src/main/java/it/orders')

// Both runs of the tests passed: the first saw 302, the second 303 (the profile sets which).
assert log.findAll(/Tests run: 2, Failures: 0, Errors: 0, Skipped: 0/).size() >= 2 : 'the tests ran twice and passed'
assert log.contains('[INFO] redirect-lint: created src/main/java/it/orders/SeeOtherRedirects.java, which fixes 2 finding(s)')
assert log.contains('[INFO] redirect-lint: 2 fix(es) applied in 1 file(s)')
assert log.contains('[INFO] redirect-lint: 0 findings') : 'check sees the setting'
assert new File(src, 'SeeOtherRedirects.java').text.contains('resolver.setPropertyValue("redirectHttp10Compatible", false);')
assert !new File(src, 'OrderController.java').text.contains('SEE_OTHER') : 'no handler changed'
