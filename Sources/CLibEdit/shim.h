// The NetBSD libedit native API (el_*, history_*), found through pkg-config `libedit`.
#pragma once
#include <histedit.h>
