/* "make prepare" was run: pagecheck reuses this build dir as it is */
