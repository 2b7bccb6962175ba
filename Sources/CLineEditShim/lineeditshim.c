#include "lineeditshim.h"
