/* The Coccinelle engine: spatch runs the catalog's semantic patches (all
 * four rules in one generated patch, the same text as cocci/) over a list
 * of files, and its report lines become findings:
 *   path:line:col-col: WARNING: fn(): 'expr' ... (confidence) [rule-id]
 * Columns of spatch count from 0, pagecheck's from 1. */
#include "cocci_engine.h"
#include "cocci_gen.h"
#include "util.h"
#include "../checkers/checker.h"

#include <ctype.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

bool cocci_available(const char *spatch)
{
	pid_t pid = fork();
	int status = -1;

	if (pid == 0) {
		int devnull = open("/dev/null", O_WRONLY);
		if (devnull >= 0) {
			dup2(devnull, 1);
			dup2(devnull, 2);
		}
		execlp(spatch, spatch, "--version", (char *)NULL);
		_exit(127);
	}
	if (pid > 0)
		waitpid(pid, &status, 0);
	return pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* "buf -> page", "sg_page ( sge )", "pages[0 ]" as spatch prints them:
 * "buf->page", "sg_page(sge)", "pages[0]" as written */
static char *normalize_expr(const char *s, size_t n)
{
	static const char tight_before[] = "-.[]()", tight_after[] = ">.[(";
	struct strbuf sb = {0};

	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ' && ((i + 1 < n && strchr(tight_before, s[i + 1])) ||
				    (i > 0 && strchr(tight_after, s[i - 1]))))
			continue;
		sb_addf(&sb, "%c", s[i]);
	}
	return sb_detach(&sb);
}

int cocci_parse_report(const char *line, struct results *r)
{
	const char *warn = strstr(line, ": WARNING: "), *msg, *paren, *open_br, *close_br;
	const char *q1, *q2, *conf, *conf_end, *on_line;
	char *head, *colon, *dash;
	unsigned lineno, col;
	const char *rule;
	struct finding *f;
	struct strbuf sb = {0};

	if (!warn)
		return -1;
	head = strndup(line, (size_t)(warn - line));	/* path:line:col-col */
	colon = strrchr(head, ':');
	if (!colon || (*colon = '\0', !(dash = strrchr(head, ':')))) {
		free(head);
		return -1;
	}
	col = (unsigned)atoi(colon + 1) + 1;
	lineno = (unsigned)atoi(dash + 1);
	*dash = '\0';
	msg = warn + strlen(": WARNING: ");
	paren = strstr(msg, "(): ");
	open_br = strrchr(msg, '[');
	close_br = open_br ? strchr(open_br, ']') : NULL;
	conf_end = open_br && open_br > msg + 2 ? open_br - 2 : NULL;
	conf = conf_end ? conf_end : NULL;
	while (conf && conf > msg && *conf != '(')
		conf--;
	if (close_br) {
		char id[64];
		snprintf(id, sizeof(id), "%.*s", (int)(close_br - open_br - 1), open_br + 1);
		rule = checker_id(id);
	} else {
		rule = NULL;
	}
	if (!paren || !rule || !conf || *conf_end != ')') {
		free(head);
		return -1;
	}
	f = results_add_finding(r);
	f->rule = rule;
	f->found_by = ENGINE_COCCI;
	f->file = head;
	f->line = lineno;
	f->col = col;
	f->function = strndup(msg, (size_t)(paren - msg));
	f->definite = !strncmp(conf + 1, "definite", 8);
	f->message = strndup(paren + 4, (size_t)(conf - 1 - (paren + 4)));
	q1 = strchr(paren + 4, '\'');
	q2 = q1 ? strchr(q1 + 1, '\'') : NULL;
	f->expr = q2 ? normalize_expr(q1 + 1, (size_t)(q2 - q1 - 1)) : xstrdup("");
	/* the expression in the message as pagecheck writes it */
	if (q2) {
		sb_addf(&sb, "%.*s'%s'%.*s", (int)(q1 - (paren + 4)), paren + 4, f->expr,
			(int)(conf - 1 - (q2 + 1)), q2 + 1);
		free(f->message);
		f->message = sb_detach(&sb);
	}
	on_line = strstr(f->message, " on line ");
	if (on_line)
		finding_add_note(f, f->file, (unsigned)atoi(on_line + 9), 1,
				 "Coccinelle's match starts here");
	sb_addf(&sb, "found by Coccinelle (cocci/%s.cocci)", rule);
	finding_add_note(f, f->file, lineno, col, sb.buf);
	sb_release(&sb);
	finding_fingerprint(f);
	return 0;
}

static char *write_temp(const char *suffix, const char *text)
{
	char *path = xstrdup("/tmp/pagecheck-XXXXXX.cocci");
	int fd;

	memcpy(path + strlen(path) - 6, suffix, 6);
	fd = mkstemps(path, 6);
	if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text)) {
		if (fd >= 0)
			close(fd);
		free(path);
		return NULL;
	}
	close(fd);
	return path;
}

int cocci_check(const struct catalog *cat, const struct cocci_options *o,
		const struct argv_list *files, struct results *out)
{
	char *patch_text, *patch, *groups = NULL, *line = NULL, jobs[16], timeout[16];
	struct strbuf list = {0};
	struct argv_list args = {0};
	size_t cap = 0;
	int pipefd[2], status = -1;
	FILE *in;
	pid_t pid;

	if (!files->n)
		return 0;
	patch_text = cocci_generate_all(cat);
	patch = write_temp(".cocci", patch_text);
	free(patch_text);
	/* one group per file: each file is matched on its own */
	for (int i = 0; i < files->n; i++)
		sb_addf(&list, "%s\n\n", files->v[i]);
	groups = write_temp(".group", list.buf);
	sb_release(&list);
	if (!patch || !groups || pipe(pipefd)) {
		fprintf(stderr, "pagecheck: cannot write the semantic patch for spatch\n");
		free(patch);
		free(groups);
		return -1;
	}
	snprintf(jobs, sizeof(jobs), "%d", o->jobs > 0 ? o->jobs : 1);
	snprintf(timeout, sizeof(timeout), "%u", o->timeout);
	argv_push(&args, o->spatch);
	argv_push(&args, "--very-quiet");
	argv_push(&args, "--no-includes");
	argv_push(&args, "--include-headers");
	argv_push(&args, "-D");
	argv_push(&args, "report");
	argv_push(&args, "--sp-file");
	argv_push(&args, patch);
	argv_push(&args, "-j");
	argv_push(&args, jobs);
	argv_push(&args, "--timeout");
	argv_push(&args, timeout);
	argv_push(&args, "--file-groups");
	argv_push(&args, groups);
	GROW(args.v, args.n, args.cap);
	args.v[args.n] = NULL;
	fflush(NULL);
	pid = fork();
	if (pid == 0) {
		int devnull = open("/dev/null", O_WRONLY);
		dup2(pipefd[1], 1);
		if (devnull >= 0)
			dup2(devnull, 2);
		close(pipefd[0]);
		execvp(o->spatch, args.v);
		_exit(127);
	}
	close(pipefd[1]);
	in = fdopen(pipefd[0], "r");
	while (in && getline(&line, &cap, in) > 0) {
		line[strcspn(line, "\n")] = '\0';
		cocci_parse_report(line, out);
	}
	if (in)
		fclose(in);
	free(line);
	if (pid > 0)
		waitpid(pid, &status, 0);
	unlink(patch);
	unlink(groups);
	free(patch);
	free(groups);
	argv_free(&args);
	if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) == 127) {
		fprintf(stderr, "pagecheck: %s could not be run (the cocci engine needs "
			"Coccinelle: make deps)\n", o->spatch);
		return -1;
	}
	return 0;
}
