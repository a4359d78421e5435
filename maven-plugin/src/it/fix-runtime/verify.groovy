def log = new File(basedir, 'build.log').text
def controller = new File(basedir, 'src/main/java/it/owners/OwnerController.java').text

// Both runs of the tests passed: the first saw 302, the second 303 (the profile sets which).
assert log.findAll(/Tests run: 3, Failures: 0, Errors: 0, Skipped: 0/).size() >= 2 : 'the tests ran twice and passed'
assert log.contains('[INFO] redirect-lint: 2 fix(es) applied in 1 file(s)')
assert controller.contains('public ModelAndView processCreationForm(')
assert controller.contains('return new ModelAndView("owners/form");')
assert controller.contains('return new ModelAndView("redirect:/owners/" + name.length(), HttpStatus.SEE_OTHER);')
assert controller.contains('return name.isBlank() ? new ModelAndView("owners/form") : new ModelAndView("redirect:/owners/{id}", HttpStatus.SEE_OTHER);')
