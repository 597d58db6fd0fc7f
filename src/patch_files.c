/* A patch's files before and after it: `git apply` on copies in a
 * temporary dir (outside any repository, so git treats it as plain files),
 * or `git show REV:file` for --since. */
#include "patch_files.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void child_redirect(int out_fd, bool show_errors)
{
	int null = open("/dev/null", O_RDWR);

	dup2(null, 0);
	dup2(out_fd >= 0 ? out_fd : null, 1);
	if (!show_errors)
		dup2(null, 2);
}

int run_program(const char *dir, char *const argv[], struct strbuf *out, bool show_errors)
{
	int fds[2] = {-1, -1}, status;
	pid_t pid;
	char buf[8192];
	ssize_t n;

	if (out && pipe(fds))
		return -1;
	if ((pid = fork()) < 0)
		return -1;
	if (!pid) {
		child_redirect(fds[1], show_errors);
		if (dir && chdir(dir))
			_exit(127);
		execvp(argv[0], argv);
		_exit(127);
	}
	if (out) {
		close(fds[1]);
		while ((n = read(fds[0], buf, sizeof(buf) - 1)) > 0) {
			buf[n] = '\0';
			sb_adds(out, buf);
		}
		close(fds[0]);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int patch_text(const char *top, const char *path, const char *since, struct strbuf *out)
{
	if (since) {
		char *argv[] = {"git", "diff", "--no-color", "--no-ext-diff", (char *)since, "--", NULL};
		if (run_program(top, argv, out, true) == 0)
			return 0;
		fprintf(stderr, "pagecheck: check-patch: git diff %s failed (is %s a revision of "
			"this tree?)\n", since, since);
		return -1;
	}
	if (!strcmp(path, "-")) {
		char buf[8192];
		size_t n;
		while ((n = fread(buf, 1, sizeof(buf) - 1, stdin)) > 0) {
			buf[n] = '\0';
			sb_adds(out, buf);
		}
		return 0;
	}
	if (sb_read_file(out, path)) {
		fprintf(stderr, "pagecheck: check-patch: %s: %s\n", path, strerror(errno));
		return -1;
	}
	return 0;
}

static bool is_c_file(const char *rel)
{
	size_t n = strlen(rel);
	return n > 2 && !strcmp(rel + n - 2, ".c");
}

static bool is_header(const char *rel)
{
	size_t n = strlen(rel);
	return n > 2 && !strcmp(rel + n - 2, ".h");
}

bool patch_listed(const struct argv_list *l, const char *s)
{
	for (int i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return true;
	return false;
}

/* "--- a/x" then "+++ b/y": the file, and whether it is new or deleted. */
static void touched_files(struct patch_files *p, const char *text)
{
	char *copy = xstrdup(text), *save = NULL, *prev = NULL;

	for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (!strncmp(line, "+++ ", 4) && prev && !strncmp(prev, "--- ", 4)) {
			bool created = !strncmp(prev + 4, "/dev/null", 9);
			bool gone = !strncmp(line + 4, "/dev/null", 9);
			const char *name = gone ? prev + 4 : line + 4;
			char *rel, *tab;
			if (!strncmp(name, "a/", 2) || !strncmp(name, "b/", 2))
				name += 2;
			rel = xstrdup(name);
			if ((tab = strchr(rel, '\t')))
				*tab = '\0';
			if (is_c_file(rel) && !patch_listed(&p->touched, rel)) {
				argv_push(&p->touched, rel);
				if (created)
					argv_push(&p->created, rel);
				if (gone)
					argv_push(&p->gone, rel);
			} else if (is_header(rel) && !patch_listed(&p->headers, rel)) {
				argv_push(&p->headers, rel);
			}
			free(rel);
		}
		prev = line;
	}
	free(copy);
}

static int make_parent(const char *path)
{
	char *d = xstrdup(path);
	int r = mkdir_p(dirname(d));

	free(d);
	return r;
}

/* from (a file of the tree) copied to root/rel; a missing file is none. */
static int copy_file(const char *from, const char *root, const char *rel)
{
	struct strbuf text = {0}, to = {0};
	FILE *f;
	int r = 0;

	if (sb_read_file(&text, from))
		return 0;
	sb_addf(&to, "%s/%s", root, rel);
	if (make_parent(to.buf) || !(f = fopen(to.buf, "w")))
		r = -1;
	else if ((text.len && fwrite(text.buf, text.len, 1, f) != 1) | fclose(f))
		r = -1;
	if (r)
		fprintf(stderr, "pagecheck: check-patch: %s: cannot be written\n", to.buf);
	sb_release(&text);
	sb_release(&to);
	return r;
}

static int show_revision(struct patch_files *p, const char *top, const char *since,
			 const char *rel)
{
	struct strbuf spec = {0}, text = {0}, to = {0};
	char *argv[] = {"git", "show", NULL, NULL};
	FILE *f;
	int r = 0;

	sb_addf(&spec, "%s:%s", since, rel);
	argv[2] = spec.buf;
	if (run_program(top, argv, &text, false) == 0) {
		sb_addf(&to, "%s/%s", p->before, rel);
		if (make_parent(to.buf) || !(f = fopen(to.buf, "w")) ||
		    ((text.len && fwrite(text.buf, text.len, 1, f) != 1) | fclose(f)))
			r = -1;
	}
	sb_release(&spec);
	sb_release(&text);
	sb_release(&to);
	return r;
}

/* git apply in dir, which lies in no repository (GIT_CEILING_DIRECTORIES
 * stops the search above it): the paths of the patch are dir's. */
static int apply(const struct patch_files *p, const char *dir, bool reverse)
{
	struct strbuf patch = {0};
	char *argv[] = {"git", "apply", "--include=*.c", reverse ? "-R" : "--", NULL, NULL};
	int r;

	sb_addf(&patch, "%s/patch", p->tmp);
	argv[4] = patch.buf;
	r = run_program(dir, argv, NULL, false);
	sb_release(&patch);
	return r;
}

static int write_patch(const struct patch_files *p, const char *text)
{
	struct strbuf path = {0};
	FILE *f;
	int r;

	sb_addf(&path, "%s/patch", p->tmp);
	f = fopen(path.buf, "w");
	r = !f || fputs(text, f) < 0 || fclose(f) ? -1 : 0;
	sb_release(&path);
	return r;
}

static int apply_to_copies(struct patch_files *p, const char *top, const char *text)
{
	for (int i = 0; i < p->touched.n; i++) {
		struct strbuf from = {0};
		int r;
		sb_addf(&from, "%s/%s", top, p->touched.v[i]);
		r = copy_file(from.buf, p->before, p->touched.v[i]) ||
		    copy_file(from.buf, p->after, p->touched.v[i]);
		sb_release(&from);
		if (r)
			return -1;
	}
	if (write_patch(p, text))
		return -1;
	if (!apply(p, p->after, false))
		return 0;
	/* the tree has the patch already (b4 prep, a committed patch) */
	if (!apply(p, p->before, true)) {
		p->reversed = true;
		return 0;
	}
	fprintf(stderr, "pagecheck: check-patch: the patch applies to the tree neither forward "
		"nor in reverse\n");
	return -1;
}

int patch_files_prepare(struct patch_files *p, const char *top, const char *text,
			const char *since)
{
	char tmpl[] = "/tmp/pagecheck-patch.XXXXXX";
	char *tmpdir = getenv("TMPDIR");
	struct strbuf sb = {0};

	memset(p, 0, sizeof(*p));
	touched_files(p, text);
	if (!p->touched.n)
		return 1;
	sb_addf(&sb, "%s/pagecheck-patch.XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
	p->tmp = mkdtemp(sb.buf) ? sb_detach(&sb) : NULL;
	sb_release(&sb);
	if (!p->tmp && !(p->tmp = mkdtemp(tmpl) ? xstrdup(tmpl) : NULL)) {
		fprintf(stderr, "pagecheck: check-patch: cannot make a temporary dir: %s\n",
			strerror(errno));
		return -1;
	}
	sb_addf(&sb, "%s/before", p->tmp);
	p->before = sb_detach(&sb);
	sb_addf(&sb, "%s/after", p->tmp);
	p->after = sb_detach(&sb);
	if (mkdir_p(p->before) || mkdir_p(p->after))
		return -1;
	setenv("GIT_CEILING_DIRECTORIES", p->tmp, 1);
	if (!since)
		return apply_to_copies(p, top, text);
	for (int i = 0; i < p->touched.n; i++) {
		struct strbuf from = {0};
		int r;
		sb_addf(&from, "%s/%s", top, p->touched.v[i]);
		r = show_revision(p, top, since, p->touched.v[i]) ||
		    copy_file(from.buf, p->after, p->touched.v[i]);
		sb_release(&from);
		if (r)
			return -1;
	}
	return 0;
}

char *patch_file_path(const struct patch_files *p, bool after, const char *rel)
{
	struct strbuf sb = {0};

	sb_addf(&sb, "%s/%s", after ? p->after : p->before, rel);
	if (access(sb.buf, R_OK)) {
		sb_release(&sb);
		return NULL;
	}
	return sb_detach(&sb);
}

void patch_files_free(struct patch_files *p)
{
	if (p->tmp) {
		char *argv[] = {"rm", "-rf", "--", p->tmp, NULL};
		run_program(NULL, argv, NULL, true);
	}
	free(p->tmp);
	free(p->before);
	free(p->after);
	argv_free(&p->touched);
	argv_free(&p->gone);
	argv_free(&p->created);
	argv_free(&p->headers);
}
