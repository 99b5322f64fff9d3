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

/* Writes value in decimal at out, as %d does; returns the end. */
static char *
put_number(char *out, int value)
{
    char digits[12];
    int n = 0;
    unsigned magnitude = value < 0 ? 0u - (unsigned) value : (unsigned) value;
    if (value < 0)
        *out++ = '-';
    do {
        digits[n++] = (char) ('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    while (n > 0)
        *out++ = digits[--n];
    return out;
}

/* The port's only addressing string is "\033[%i%d;%dH" (ANSI_DEFAULT with TERMLIB): row, column, one-based. Formatted
   by hand rather than with snprintf: the port moves the cursor for most runs of cells it draws. */
char *
tgoto(const char *cap, int col, int row)
{
    static char buffer[32];
    char *out = buffer;
    (void) cap;
    *out++ = '\033';
    *out++ = '[';
    out = put_number(out, row + 1);
    *out++ = ';';
    out = put_number(out, col + 1);
    *out++ = 'H';
    *out = '\0';
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
