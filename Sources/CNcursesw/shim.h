#ifndef ARREARS_CNCURSESW_SHIM_H
#define ARREARS_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D flags, so the wide-character API must be switched on here,
   before curses.h is read, or get_wch, cchar_t and friends are invisible to Swift. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 refuses to read these C globals (shared mutable state) and cannot import the
   attribute macros built with NCURSES_BITS, so they are exposed as functions. */
static inline WINDOW *cw_stdscr(void) { return stdscr; }
static inline int cw_colors(void) { return COLORS; }
static inline int cw_color_pairs(void) { return COLOR_PAIRS; }
static inline int cw_lines(void) { return LINES; }
static inline int cw_cols(void) { return COLS; }
static inline attr_t cw_a_normal(void) { return A_NORMAL; }
static inline attr_t cw_a_bold(void) { return A_BOLD; }
static inline attr_t cw_a_reverse(void) { return A_REVERSE; }
static inline attr_t cw_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cw_a_dim(void) { return A_DIM; }
static inline attr_t cw_a_standout(void) { return A_STANDOUT; }
static inline attr_t cw_a_italic(void) { return A_ITALIC; }
static inline int cw_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cw_err(void) { return ERR; }
/* A terminal the workbench can draw on moves the cursor to any cell ("cup"); TERM=dumb cannot. */
static inline int cw_can_address_cursor(void) { char *cup = tigetstr("cup"); return cup != 0 && cup != (char *)-1; }
/* The columns the C library (and so ncurses) gives one code point; glibc declares wcwidth only for
   X/Open builds, so it is declared here. -1 for controls and in a locale that cannot show it. */
extern int wcwidth(wchar_t c);
static inline int cw_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }
#endif
