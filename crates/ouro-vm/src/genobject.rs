//! Running generators and coroutines: creating one from a call, resuming its saved frame with
//! `send`/`next`, and turning its return into `StopIteration`. CPython: Objects/genobject.c.

use std::cell::{Cell, RefCell};

use ouro_bytecode::Opcode;

use crate::ceval::{eval, Frame};
use crate::frame::SavedFrame;
use crate::object::{alloc_object, Obj, Value};
use crate::objects::function::FunctionData;
use crate::objects::generator::GeneratorData;
use crate::vm::{PyErr, PyResult, Vm};

pub enum SendResult {
    Yield(Value),
    Return(Value),
}

/// A generator (or coroutine) whose frame is `frame`, not yet started.
pub fn make_generator(vm: &Vm, f: &Obj<FunctionData>, frame: Frame) -> PyResult<Value> {
    use ouro_bytecode::code::{CO_ASYNC_GENERATOR, CO_COROUTINE};
    let flags = frame.code.code.flags;
    let ty = if flags & CO_COROUTINE != 0 {
        vm.types.coroutine
    } else if flags & CO_ASYNC_GENERATOR != 0 {
        vm.types.async_generator
    } else {
        vm.types.generator
    };
    let mut saved = SavedFrame {
        slots: Vec::new(),
        sp: frame.sp,
        ip: frame.ip,
        globals: frame.globals.clone(),
        builtins: frame.builtins.clone(),
        func: frame.func.clone(),
        exc_state: None,
    };
    saved.save_from(&frame.region);
    // Skip to just after RETURN_GENERATOR (the generator starts there).
    let code = &frame.code.code.code;
    let mut ip = 0;
    while ip * 2 < code.len() {
        if code[ip * 2] == Opcode::RETURN_GENERATOR as u8 {
            ip += 1;
            break;
        }
        ip += 1;
    }
    saved.ip = ip;
    let g = alloc_object(
        ty,
        GeneratorData {
            frame: RefCell::new(Some(saved)),
            code: frame.code.clone(),
            name: RefCell::new(f.name.borrow().clone()),
            qualname: RefCell::new(f.qualname.borrow().clone()),
            running: Cell::new(false),
            frame_obj: RefCell::new(None),
        },
    );
    drop(frame);
    Ok(g.into_value())
}

/// Resumes `gen` with `value` sent in (or `exc` thrown in).
pub fn resume(vm: &Vm, gen: &Value, value: Value, exc: Option<PyErr>) -> PyResult<SendResult> {
    let g = gen
        .downcast::<GeneratorData>()
        .ok_or_else(|| vm.new_type_error("not a generator"))?;
    if g.running.get() {
        return Err(vm.new_exception_msg(vm.types.exc.value_error, "generator already executing"));
    }
    let saved = g.frame.borrow_mut().take();
    let Some(mut saved) = saved else {
        if let Some(e) = exc {
            return Err(e);
        }
        return Err(vm.new_stop_iteration(None));
    };
    let started = saved.sp > g.code.nlocalsplus || saved.ip > first_resume(&g.code);
    let region = saved.restore();
    let mut frame = Frame {
        code: g.code.clone(),
        region,
        sp: saved.sp,
        ip: saved.ip,
        globals: saved.globals.clone(),
        builtins: saved.builtins.clone(),
        locals: None,
        func: saved.func.clone(),
        entry: true,
        generator: Some(gen.clone()),
        frame_obj: None,
    };
    let _ = started;
    // The value sent in becomes the result of the suspended YIELD_VALUE.
    frame.region.set(frame.sp, Some(value));
    frame.sp += 1;
    if let Some(e) = exc {
        drop(frame.region.take(frame.sp - 1));
        frame.sp -= 1;
        // Raise `e` at the resume point: push a marker handled by the loop.
        crate::ceval_throw::set_pending(e);
    }
    vm.thread
        .exc_stack
        .borrow_mut()
        .push(saved.exc_state.take());
    g.running.set(true);
    let r = eval(vm, frame);
    g.running.set(false);
    let exc_state = vm.thread.exc_stack.borrow_mut().pop().flatten();
    match r {
        Ok((v, Some(f))) => {
            saved.sp = f.sp;
            saved.ip = f.ip;
            saved.exc_state = exc_state;
            saved.save_from(&f.region);
            drop(f);
            *g.frame.borrow_mut() = Some(saved);
            Ok(SendResult::Yield(v))
        }
        Ok((v, None)) => Ok(SendResult::Return(v)),
        Err(e) => {
            if e.class().is_subtype(vm.types.exc.stop_iteration) {
                return Err(stopiteration_error(vm, e.into_value()));
            }
            Err(e)
        }
    }
}

fn first_resume(_code: &crate::objects::code::CodeData) -> usize {
    0
}

/// `next(gen)`: Ok(None) when it returns.
pub fn gen_next(vm: &Vm, gen: &Value) -> PyResult<Option<Value>> {
    match resume(vm, gen, vm.none.clone(), None)? {
        SendResult::Yield(v) => Ok(Some(v)),
        SendResult::Return(_) => Ok(None),
    }
}

/// `SEND`: delegate to a sub-iterator.
pub fn send(vm: &Vm, receiver: &Value, value: Value) -> PyResult<SendResult> {
    if receiver.downcast::<GeneratorData>().is_some() {
        return resume(vm, receiver, value, None).or_else(|e| {
            if e.class().is_subtype(vm.types.exc.stop_iteration) {
                let v = vm.getattr(e.as_value(), &vm.names.value)?;
                Ok(SendResult::Return(v))
            } else {
                Err(e)
            }
        });
    }
    let r = if vm.is_none(&value) {
        match vm.next(receiver) {
            Ok(Some(v)) => return Ok(SendResult::Yield(v)),
            Ok(None) => return Ok(SendResult::Return(vm.none.clone())),
            Err(e) => Err(e),
        }
    } else {
        vm.call_method(receiver, &vm.names.send, &[value])
    };
    match r {
        Ok(v) => Ok(SendResult::Yield(v)),
        Err(e) if e.class().is_subtype(vm.types.exc.stop_iteration) => {
            let v = vm.getattr(e.as_value(), &vm.names.value)?;
            Ok(SendResult::Return(v))
        }
        Err(e) => Err(e),
    }
}

/// The RuntimeError that replaces a StopIteration leaving a generator (PEP 479).
pub fn stopiteration_error(vm: &Vm, exc: Value) -> PyErr {
    let e = vm.new_runtime_error("generator raised StopIteration");
    *e.cause.borrow_mut() = Some(exc.clone());
    *e.context.borrow_mut() = Some(exc);
    e.suppress_context.set(true);
    e
}

/// `GET_AWAITABLE`.
pub fn get_awaitable(vm: &Vm, v: Value, _where: u32) -> PyResult<Value> {
    if std::ptr::eq(v.class(), vm.types.coroutine) {
        return Ok(v);
    }
    match vm.call_special(&v, &vm.names.__await__, &[])? {
        Some(it) => Ok(it),
        None => Err(vm.new_type_error(format!(
            "object {} can't be used in 'await' expression",
            v.class().name()
        ))),
    }
}

/// The async iteration and async-with instructions.
pub fn async_op(vm: &Vm, _f: &mut Frame, op: Opcode) -> PyResult<()> {
    Err(vm.new_exception_msg(
        vm.types.exc.system_error,
        format!("{} is not implemented yet", op.name()),
    ))
}
