from abc import ABC, abstractmethod

class Base(ABC):
    @abstractmethod
    def run(self):
        pass
    @abstractmethod
    def stop(self):
        pass

Base()
