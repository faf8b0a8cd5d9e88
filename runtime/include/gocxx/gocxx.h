// The one header generated code includes: the whole gocxx runtime API.
// See runtime/README.md for the API tour and runtime/examples/ for hand-written programs.
#pragma once

#include "gocxx/chan.h"
#include "gocxx/gc.h"
#include "gocxx/panic.h"
#include "gocxx/poll.h"
#include "gocxx/print.h"
#include "gocxx/sched.h"
#include "gocxx/select.h"
#include "gocxx/sync.h"
#include "gocxx/task.h"
#include "gocxx/time.h"
#include "gocxx/value.h"
