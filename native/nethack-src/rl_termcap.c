/* rl_termcap.c - the termcap calls of NetHack's tty port, answered without a terminal database. With TERM unset
 * (rl_wrap.c's getenv) and ANSI_DEFAULT, the port uses its built-in ANSI sequences and never asks for a terminal
 * entry; what is left is cursor addressing (tgoto) and output (tputs), done here per game (no shared static
 * buffer between games running on different threads). Our own code. */
#include <stdio.h>
#include <string.h>

char PC;
char *BC, *UP;
short ospeed;

int
tgetent(char *buffer, const char *name)
{
    (void) buffer;
    (void) name;
    return -1;
}

int
tgetflag(const char *id)
{
    (void) id;
    return 0;
}

int
tgetnum(const char *id)
{
    (void) id;
    return -1;
}

char *
tgetstr(const char *id, char **area)
{
    (void) id;
    (void) area;
    return NULL;
}

/* The port's only addressing string is "\033[%i%d;%dH" (ANSI_DEFAULT with TERMLIB): row, column, one-based. */
char *
tgoto(const char *cap, int col, int row)
{
    static char buffer[32];
    (void) cap;
    snprintf(buffer, sizeof buffer, "\033[%d;%dH", row + 1, col + 1);
    return buffer;
}

int
tputs(const char *str, int affcnt, int (*putc_function)(int))
{
    (void) affcnt;
    if (!str)
        return -1;
    for (; *str; str++)
        putc_function((unsigned char) *str);
    return 0;
}

/* Reached only for terminals with a database entry (never here: see tgetent). */
char *
tparm(const char *str, ...)
{
    return (char *) str;
}

int
has_colors(void)
{
    return 1;
}
