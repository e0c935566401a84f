"""mypy plugin: a PySide6 object takes its Qt properties as keyword arguments when it is built.

``QLabel(text, objectName="title")`` sets the label's ``objectName`` property, as PySide6
documents, but its stubs list only the C++ constructors' parameters, so mypy refuses every such
call (several hundred in ``ui``). This plugin, named once in ``[tool.mypy] plugins``, adds
``**properties: Any`` to the constructors of ``QObject`` subclasses, and to nothing else: a
wrong positional argument, a method's keyword or a non-Qt call is still checked.
"""

from collections.abc import Callable

from mypy.nodes import ARG_STAR2
from mypy.plugin import FunctionSigContext, Plugin
from mypy.types import AnyType, CallableType, FunctionLike, TypeOfAny

QOBJECT = "PySide6.QtCore.QObject"


class QtProperties(Plugin):
    def get_function_signature_hook(
        self, fullname: str
    ) -> Callable[[FunctionSigContext], FunctionLike] | None:
        return _with_properties if fullname.startswith("PySide6.") else None


def _with_properties(ctx: FunctionSigContext) -> FunctionLike:
    """The constructor's signature with ``**properties``, for a QObject subclass only."""
    signature: CallableType = ctx.default_signature
    if not signature.is_type_obj() or ARG_STAR2 in signature.arg_kinds:
        return signature
    if not signature.type_object().has_base(QOBJECT):
        return signature
    return signature.copy_modified(
        arg_types=[*signature.arg_types, AnyType(TypeOfAny.explicit)],
        arg_kinds=[*signature.arg_kinds, ARG_STAR2],
        arg_names=[*signature.arg_names, "properties"],
    )


def plugin(version: str) -> type[Plugin]:
    del version
    return QtProperties
