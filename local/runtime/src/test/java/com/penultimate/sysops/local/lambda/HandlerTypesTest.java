package com.penultimate.sysops.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlerTypesTest {
    abstract static class GenericBase<I, O> implements RequestHandler<I, O> {
    }

    static final class Concrete extends GenericBase<String, List<Integer>> {
        @Override
        public List<Integer> handleRequest(String input, Context context) {
            return List.of(input.length());
        }
    }

    static final class Direct implements RequestHandler<Integer, String> {
        @Override
        public String handleRequest(Integer input, Context context) {
            return input.toString();
        }
    }

    @Test
    void handlerTypes_resolvesTypeVariablesOfAGenericBase() {
        assertThat(LocalFunction.handlerTypes(Concrete.class)[0]).isEqualTo(String.class);
        assertThat(LocalFunction.handlerTypes(Concrete.class)[1].getTypeName()).isEqualTo("java.util.List<java.lang.Integer>");
    }

    @Test
    void handlerTypes_readsADirectImplementation() {
        assertThat(LocalFunction.handlerTypes(Direct.class)).containsExactly(Integer.class, String.class);
    }
}
