// The one header generated code includes: the whole gocxx runtime API.
// See runtime/README.md for the API tour and runtime/examples/ for hand-written programs.
#pragma once

#include "gocxx/arith.h"
#include "gocxx/array.h"
#include "gocxx/bounds.h"
#include "gocxx/chan.h"
#include "gocxx/complex.h"
#include "gocxx/func.h"
#include "gocxx/gc.h"
#include "gocxx/hash.h"
#include "gocxx/iface.h"
#include "gocxx/map.h"
#include "gocxx/nilchk.h"
#include "gocxx/panic.h"
#include "gocxx/poll.h"
#include "gocxx/print.h"
#include "gocxx/sched.h"
#include "gocxx/select.h"
#include "gocxx/slice.h"
#include "gocxx/strings.h"
#include "gocxx/sync.h"
#include "gocxx/task.h"
#include "gocxx/time.h"
#include "gocxx/traits.h"
#include "gocxx/value.h"
// Types that standard-library Go types are represented by (//gocxx:cxxtype).
#include "gocxx/std/cxxtypes.h"
