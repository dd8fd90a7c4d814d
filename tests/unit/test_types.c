/* test_types.c — unit tests of types.c: interning, names, the assignability and cast
 * rules of STATIC_PYTHON.md §1.2.2 and the primitive arithmetic of §1.2.3. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "types.h"

static Arena arena;

/* A fresh arena may reuse a freed one's address: clear TY so types_init starts over. */
static int setup(void **state) {
    (void)state;
    arena = (Arena){0};
    memset(&TY, 0, sizeof TY);
    types_init(&arena);
    return 0;
}
static int teardown(void **state) { (void)state; arena_free(&arena); return 0; }

#define P(k) TY.prim[k]

static void test_builtin_names(void **state) {
    (void)state;
    assert_string_equal(TY.dynamic->name, "dynamic");
    assert_string_equal(TY.int_->name, "int");
    assert_string_equal(TY.none->name, "None");
    assert_string_equal(P(P_INT64)->name, "int64");
    assert_string_equal(P(P_CBOOL)->name, "cbool");
    assert_ptr_equal(type_builtin_by_name("str"), TY.str);
    assert_ptr_equal(type_builtin_by_name("NoneType"), TY.none);
    assert_null(type_builtin_by_name("int64"));
    assert_ptr_equal(type_prim_by_name("double"), P(P_DOUBLE));
    assert_null(type_prim_by_name("int"));
    assert_ptr_equal(TY.bool_->base, TY.int_);
    assert_true(TY.bool_->is_final);
    assert_null(TY.object->base);
}

static void test_init_idempotent(void **state) {
    (void)state;
    Type *before = TY.int_;
    types_init(&arena);
    assert_ptr_equal(TY.int_, before);
}

static void test_optional_interning(void **state) {
    (void)state;
    Type *o = type_optional(TY.int_);
    assert_ptr_equal(o, type_optional(TY.int_));
    assert_string_equal(o->name, "Optional[int]");
    assert_ptr_equal(o->inner, TY.int_);
    assert_ptr_equal(type_optional(o), o);
    assert_ptr_equal(type_optional(TY.none), TY.none);
    assert_ptr_equal(type_optional(TY.dynamic), TY.dynamic);
    assert_ptr_not_equal(type_optional(TY.str), o);
}

static void test_kind_predicates(void **state) {
    (void)state;
    assert_true(type_is_prim(P(P_UINT8)));
    assert_true(type_is_int_prim(P(P_UINT8)));
    assert_false(type_is_int_prim(P(P_DOUBLE)));
    assert_false(type_is_int_prim(P(P_CBOOL)));
    assert_true(type_is_object(TY.dynamic));
    assert_true(type_is_object(type_optional(TY.str)));
    assert_false(type_is_object(P(P_INT64)));
    assert_false(type_is_object(TY.void_));
    assert_true(type_is_subclass(TY.bool_, TY.object));
    assert_false(type_is_subclass(TY.int_, TY.bool_));
}

static void test_user_class(void **state) {
    (void)state;
    Type *a = type_class("m", "A", NULL), *b = type_class("m", "B", a);
    assert_string_equal(b->name, "m.B");
    assert_ptr_equal(a->base, TY.object);
    assert_true(type_assignable(a, b));
    assert_false(type_assignable(b, a));
    assert_true(type_needs_cast(b, a));
    assert_false(type_needs_cast(a, b));
}

/* §1.2.2 table, row by row. */
static void test_prim_assignability(void **state) {
    (void)state;
    assert_true(type_assignable(P(P_INT64), P(P_INT32)));      /* widening */
    assert_true(type_assignable(P(P_INT16), P(P_UINT8)));      /* uint -> wider int */
    assert_false(type_assignable(P(P_INT8), P(P_UINT8)));      /* not strictly wider */
    assert_false(type_assignable(P(P_INT32), P(P_INT64)));     /* narrowing */
    assert_false(type_assignable(P(P_UINT64), P(P_INT8)));     /* signed -> unsigned */
    assert_false(type_assignable(P(P_INT64), TY.int_));        /* boxed -> prim */
    assert_false(type_assignable(TY.int_, P(P_INT64)));        /* prim -> boxed */
    assert_false(type_assignable(P(P_DOUBLE), TY.dynamic));    /* dynamic -> prim */
    assert_false(type_assignable(TY.dynamic, P(P_DOUBLE)));
    assert_false(type_assignable(P(P_DOUBLE), P(P_INT64)));
    assert_false(type_assignable(P(P_INT64), P(P_DOUBLE)));
    assert_false(type_assignable(P(P_CBOOL), TY.bool_));
    assert_false(type_assignable(TY.bool_, P(P_CBOOL)));
    assert_true(type_assignable(P(P_CBOOL), P(P_CBOOL)));
}

static void test_object_assignability(void **state) {
    (void)state;
    Type *oi = type_optional(TY.int_);
    assert_true(type_assignable(TY.int_, TY.dynamic));         /* implicit CAST */
    assert_true(type_needs_cast(TY.int_, TY.dynamic));
    assert_true(type_assignable(TY.dynamic, TY.str));
    assert_false(type_needs_cast(TY.dynamic, TY.str));
    assert_true(type_assignable(TY.int_, TY.bool_));
    assert_false(type_assignable(TY.str, TY.int_));
    assert_true(type_assignable(oi, TY.none));
    assert_true(type_assignable(oi, TY.int_));
    assert_true(type_assignable(oi, TY.bool_));
    assert_true(type_assignable(oi, type_optional(TY.bool_)));
    assert_false(type_assignable(TY.int_, oi));
    assert_false(type_assignable(oi, TY.str));
    assert_true(type_assignable(TY.object, oi));
    assert_false(type_assignable(TY.int_, TY.object));
    assert_false(type_needs_cast(TY.object, TY.dynamic));
    assert_false(type_needs_cast(P(P_INT64), TY.dynamic));
}

static void test_prim_fits(void **state) {
    (void)state;
    assert_true(prim_fits(P_INT8, -128, false));
    assert_false(prim_fits(P_INT8, 128, false));
    assert_true(prim_fits(P_UINT8, 255, false));
    assert_false(prim_fits(P_UINT8, -1, false));
    assert_true(prim_fits(P_INT64, INT64_MIN, false));
    assert_false(prim_fits(P_INT64, -1, true));                /* 2**64-1 */
    assert_true(prim_fits(P_UINT64, -1, true));
    assert_false(prim_fits(P_UINT32, 4294967296LL, false));
    assert_true(prim_fits(P_UINT32, 4294967295LL, false));
}

/* §1.2.3 mixed widths. */
static void test_arith_result(void **state) {
    (void)state;
    assert_ptr_equal(prim_arith_result(P(P_INT32), P(P_INT64)), P(P_INT64));
    assert_ptr_equal(prim_arith_result(P(P_INT8), P(P_UINT8)), P(P_INT16));
    assert_ptr_equal(prim_arith_result(P(P_UINT32), P(P_INT64)), P(P_INT64));
    assert_ptr_equal(prim_arith_result(P(P_UINT8), P(P_UINT16)), P(P_UINT16));
    assert_ptr_equal(prim_arith_result(P(P_INT8), P(P_UINT32)), P(P_INT64));
    assert_null(prim_arith_result(P(P_INT64), P(P_UINT64)));
    assert_null(prim_arith_result(P(P_INT64), P(P_DOUBLE)));
    assert_null(prim_arith_result(P(P_CBOOL), P(P_CBOOL)));
    assert_null(prim_arith_result(P(P_INT64), TY.int_));
    assert_ptr_equal(prim_arith_result(P(P_DOUBLE), P(P_DOUBLE)), P(P_DOUBLE));
}

static void test_prim_facts(void **state) {
    (void)state;
    assert_string_equal(prim_name(P_UINT16), "uint16");
    assert_int_equal(prim_bits(P_INT32), 32);
    assert_true(prim_is_signed(P_INT8));
    assert_false(prim_is_signed(P_UINT64));
    assert_false(prim_is_int(P_DOUBLE));
    assert_int_equal(prim_typecode(P_INT64), 7);
    assert_int_equal(prim_typecode(P_CBOOL), 12);
    assert_ptr_equal(prim_boxed(P(P_INT8)), TY.int_);
    assert_ptr_equal(prim_boxed(P(P_DOUBLE)), TY.float_);
    assert_ptr_equal(prim_boxed(P(P_CBOOL)), TY.bool_);
    assert_null(prim_boxed(TY.int_));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_builtin_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_init_idempotent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_optional_interning, setup, teardown),
        cmocka_unit_test_setup_teardown(test_kind_predicates, setup, teardown),
        cmocka_unit_test_setup_teardown(test_user_class, setup, teardown),
        cmocka_unit_test_setup_teardown(test_prim_assignability, setup, teardown),
        cmocka_unit_test_setup_teardown(test_object_assignability, setup, teardown),
        cmocka_unit_test_setup_teardown(test_prim_fits, setup, teardown),
        cmocka_unit_test_setup_teardown(test_arith_result, setup, teardown),
        cmocka_unit_test_setup_teardown(test_prim_facts, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
